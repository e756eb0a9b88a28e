#pragma once

#include <vector>

namespace WireDiff::Eval {

// A labelled feature vector.
struct Sample
{
    std::vector<double> x;
    int label = 0;
    double weight = 1;
};

// Multinomial logistic regression fitted by Newton's method with an L2
// penalty on the non-bias weights; class 0 is the reference (its weights are
// zero), so with two classes this is ordinary logistic regression and
// weights()[1] is the familiar (bias, w1, ..., wd) vector.
class LogisticModel
{
public:
    static LogisticModel fit(const std::vector<Sample> &samples, int classes, double l2 = 1.0,
                             int iterations = 30);

    // Probability of each class.
    std::vector<double> predict(const std::vector<double> &x) const;
    double positive(const std::vector<double> &x) const { return predict(x)[1]; }
    int argmax(const std::vector<double> &x) const;

    // [class][0] is the bias, [class][1 + j] the weight of feature j.
    const std::vector<std::vector<double>> &weights() const { return m_weights; }

private:
    std::vector<std::vector<double>> m_weights;
};

} // namespace WireDiff::Eval
