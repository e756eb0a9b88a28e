#include "logistic.h"

#include "softmax.h"

#include <algorithm>
#include <cmath>

namespace WireDiff::Eval {

namespace {

// Solves A x = b in place by Gaussian elimination with partial pivoting.
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b)
{
    const size_t n = b.size();
    for (size_t col = 0; col < n; ++col) {
        size_t pivot = col;
        for (size_t r = col + 1; r < n; ++r)
            if (std::abs(a[r][col]) > std::abs(a[pivot][col]))
                pivot = r;
        std::swap(a[col], a[pivot]);
        std::swap(b[col], b[pivot]);
        if (std::abs(a[col][col]) < 1e-12)
            continue;
        for (size_t r = col + 1; r < n; ++r) {
            const double factor = a[r][col] / a[col][col];
            if (factor == 0)
                continue;
            for (size_t c = col; c < n; ++c)
                a[r][c] -= factor * a[col][c];
            b[r] -= factor * b[col];
        }
    }
    std::vector<double> x(n, 0);
    for (size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (size_t c = i + 1; c < n; ++c)
            sum -= a[i][c] * x[c];
        x[i] = std::abs(a[i][i]) < 1e-12 ? 0 : sum / a[i][i];
    }
    return x;
}

std::vector<double> softmax(const std::vector<std::vector<double>> &weights, const std::vector<double> &x)
{
    std::vector<double> z(weights.size(), 0);
    for (size_t k = 0; k < weights.size(); ++k) {
        z[k] = weights[k][0];
        for (size_t j = 0; j < x.size(); ++j)
            z[k] += weights[k][j + 1] * x[j];
    }
    softmaxInPlace(z);
    return z;
}

} // namespace

LogisticModel LogisticModel::fit(const std::vector<Sample> &samples, int classes, double l2, int iterations)
{
    LogisticModel model;
    const size_t d = samples.empty() ? 0 : samples.front().x.size();
    const size_t dim = d + 1;
    const size_t free = size_t(classes - 1);
    model.m_weights.assign(size_t(classes), std::vector<double>(dim, 0));
    const size_t n = free * dim;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::vector<double> gradient(n, 0);
        std::vector<std::vector<double>> hessian(n, std::vector<double>(n, 0));
        std::vector<double> features(dim);
        // Binned features are mostly zero: the Hessian's outer products run
        // over the sample's non-zero features only, its upper triangle
        // first (it is symmetric).
        std::vector<size_t> nonZero;
        for (const Sample &sample : samples) {
            features[0] = 1;
            std::copy(sample.x.begin(), sample.x.end(), features.begin() + 1);
            nonZero.clear();
            for (size_t j = 0; j < dim; ++j)
                if (features[j] != 0)
                    nonZero.push_back(j);
            const std::vector<double> p = softmax(model.m_weights, sample.x);
            for (size_t k = 0; k < free; ++k) {
                const double residual = p[k + 1] - (sample.label == int(k + 1) ? 1.0 : 0.0);
                for (const size_t j : nonZero)
                    gradient[k * dim + j] += sample.weight * residual * features[j];
                for (size_t m = k; m < free; ++m) {
                    const double w = sample.weight * p[k + 1] * ((k == m ? 1.0 : 0.0) - p[m + 1]);
                    if (w == 0)
                        continue;
                    for (size_t a = 0; a < nonZero.size(); ++a) {
                        const size_t i = nonZero[a];
                        const double wi = w * features[i];
                        std::vector<double> &row = hessian[k * dim + i];
                        for (size_t b = k == m ? a : 0; b < nonZero.size(); ++b)
                            row[m * dim + nonZero[b]] += wi * features[nonZero[b]];
                    }
                }
            }
        }
        // Mirror the upper triangle (entries (r, c) with r <= c were summed,
        // within a class block only those with i <= j).
        for (size_t r = 0; r < n; ++r)
            for (size_t c = 0; c < r; ++c)
                hessian[r][c] = hessian[c][r];
        for (size_t k = 0; k < free; ++k) {
            for (size_t j = 1; j < dim; ++j) {
                gradient[k * dim + j] += l2 * model.m_weights[k + 1][j];
                hessian[k * dim + j][k * dim + j] += l2;
            }
            hessian[k * dim][k * dim] += 1e-9;
        }
        const std::vector<double> step = solve(hessian, gradient);
        double largest = 0;
        for (size_t k = 0; k < free; ++k) {
            for (size_t j = 0; j < dim; ++j) {
                model.m_weights[k + 1][j] -= step[k * dim + j];
                largest = std::max(largest, std::abs(step[k * dim + j]));
            }
        }
        if (largest < 1e-7)
            break;
    }
    return model;
}

std::vector<double> LogisticModel::predict(const std::vector<double> &x) const
{
    return softmax(m_weights, x);
}

int LogisticModel::argmax(const std::vector<double> &x) const
{
    const std::vector<double> p = predict(x);
    return int(std::max_element(p.begin(), p.end()) - p.begin());
}

} // namespace WireDiff::Eval
