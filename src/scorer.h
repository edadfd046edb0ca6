// Turns findings into category scores, an overall score and a grade. Each
// category starts at 100 and loses the sum of its issues' weights, so every
// point lost is tied to an issue the user can fix.
#ifndef HANDSHAKE_SCORER_H_
#define HANDSHAKE_SCORER_H_

#include "handshake/handshake.h"

namespace handshake {

// Fills report->score, report->grade and report->categories from
// report->issues (whose weights are passed alongside, one per issue).
void score_report(const Draft& draft, const std::vector<int>& issue_weights, Report* report);

int default_weight(Severity severity);
std::string_view grade_for(int score);

}  // namespace handshake

#endif  // HANDSHAKE_SCORER_H_
