#pragma once

#include <algorithm>
#include <cmath>
#include <span>

namespace WireDiff {

// Turns a multinomial model's scores into probabilities, in place: the
// exponential of each over their sum. The largest score is taken off first,
// so no exponential overflows whatever the scores.
inline void softmaxInPlace(std::span<double> scores)
{
    if (scores.empty())
        return;
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (double &v : scores) {
        v = std::exp(v - top);
        sum += v;
    }
    for (double &v : scores)
        v /= sum;
}

} // namespace WireDiff
