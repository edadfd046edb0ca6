// Kind profiles: limits and ideal lengths by kind, and weights by rule.
#include "kinds.h"

#include "scorer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "test_support.h"

namespace handshake::testing {
namespace {

const KindProfiles& kinds() {
  static const KindProfiles k = [] {
    KindProfiles loaded;
    std::string error;
    EXPECT_TRUE(loaded.load(DataDir(source_data_dir()), &error)) << error;
    return loaded;
  }();
  return k;
}

TEST(KindProfiles, LoadsEveryKindOfNote) {
  for (const char* id : {"invite", "follow-up", "thank-you", "decline", "message"})
    EXPECT_NE(kinds().find(id), nullptr) << id;
  EXPECT_EQ(kinds().find("poke"), nullptr);
}

TEST(KindProfiles, KindsChangeWhichRulesApply) {
  const KindProfile& invite = *kinds().find("invite");
  const KindProfile& thanks = *kinds().find("thank-you");
  const KindProfile& follow_up = *kinds().find("follow-up");
  const KindProfile& decline = *kinds().find("decline");
  EXPECT_TRUE(invite.applies("no-reason"));
  EXPECT_FALSE(thanks.applies("no-reason"));  // a thank-you needs no reason to connect
  EXPECT_FALSE(thanks.applies("no-intro"));
  EXPECT_TRUE(follow_up.applies("no-reference"));
  EXPECT_FALSE(invite.applies("no-reference"));
  EXPECT_GT(follow_up.policy("pushy").weight, invite.policy("pushy").weight);
  EXPECT_TRUE(decline.applies("curt/no-courtesy"));
  EXPECT_FALSE(decline.applies("no-context"));
  EXPECT_FALSE(invite.applies("no-such-rule"));
}

TEST(KindProfiles, AdaptPicksTheLimitAndNarrowsTheIdealRange) {
  PlatformProfile linkedin;
  linkedin.id = "linkedin";
  linkedin.limit = 300;
  linkedin.message_limit = 8000;
  linkedin.ideal_min = 80;
  linkedin.ideal_max = 280;
  const PlatformProfile invite = kinds().find("invite")->adapt(linkedin);
  EXPECT_EQ(invite.limit, 300u);
  EXPECT_EQ(invite.ideal_min, 80u);
  EXPECT_EQ(invite.ideal_max, 280u);
  const PlatformProfile decline = kinds().find("decline")->adapt(linkedin);
  EXPECT_EQ(decline.limit, 8000u);  // a decline is a message, not an invitation note
  EXPECT_EQ(decline.ideal_min, 20u);
  EXPECT_EQ(decline.ideal_max, 280u);  // the kind's 500 does not widen the platform's 280

  PlatformProfile email;
  email.id = "email";
  email.ideal_min = 150;
  email.ideal_max = 900;
  const PlatformProfile thanks = kinds().find("thank-you")->adapt(email);
  EXPECT_EQ(thanks.limit, 0u);
  EXPECT_EQ(thanks.ideal_min, 30u);
  EXPECT_EQ(thanks.ideal_max, 400u);
}

TEST(KindProfiles, FindingWeight) {
  const KindProfile& invite = *kinds().find("invite");
  Finding f;
  f.rule = "no-name";
  f.severity = Severity::kWarning;
  EXPECT_EQ(finding_weight(invite, f), invite.policy("no-name").weight);
  f.weight = 3;
  EXPECT_EQ(finding_weight(invite, f), 3);  // a check's own weight wins
  f.weight = 0;
  f.severity = Severity::kInfo;
  EXPECT_EQ(finding_weight(invite, f), 0);  // tips cost nothing
  f.rule = "not-in-the-table";
  f.severity = Severity::kError;
  EXPECT_EQ(finding_weight(invite, f), default_weight(Severity::kError));
}

TEST(KindProfiles, RejectsBadTables) {
  // A weights.tsv cell that is not a weight is a load error naming the file.
  const std::string dir = ::testing::TempDir() + "handshake_kinds_bad";
  mkdir(dir.c_str(), 0700);
  {
    std::ifstream in(source_data_dir() + "/kinds.tsv", std::ios::binary);
    std::ofstream out(dir + "/kinds.tsv", std::ios::binary);
    out << in.rdbuf();
    std::ofstream weights(dir + "/weights.tsv", std::ios::binary);
    weights << "rule\tinvite\tfollow-up\tthank-you\tdecline\tmessage\n"
               "no-name\t20\tlots\t20\t10\t15\n";
  }
  KindProfiles k;
  std::string error;
  EXPECT_FALSE(k.load(DataDir(dir), &error));
  EXPECT_NE(error.find("weights.tsv"), std::string::npos) << error;
  EXPECT_FALSE(k.load(DataDir(dir + "/missing"), &error));
  EXPECT_NE(error.find("kinds.tsv"), std::string::npos) << error;
}

}  // namespace
}  // namespace handshake::testing
