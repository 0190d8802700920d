#!/usr/bin/python3
"""Tests of scripts/check_caf_links.py (ctest "data:caf_links_checker"; Debian's python).

The synthetic record tests/fixtures/caf_links/sections.json has a served page with a repeated
heading, a page with a capitalised explicit anchor, a removed and an unverified page, plain and
chained redirects, and a redirect whose target carries its own fragment. Expected results are
written by hand from CAF's pages, never produced by the checker.
"""
import importlib.util
import io
import json
import os
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "tests", "fixtures", "caf_links")
CAF = "https://learn.microsoft.com/azure/cloud-adoption-framework/"

spec = importlib.util.spec_from_file_location("check_caf_links", os.path.join(ROOT, "scripts", "check_caf_links.py"))
checker = importlib.util.module_from_spec(spec)
spec.loader.exec_module(checker)


def run(data_files, sections=os.path.join(FIX, "sections.json")):
    """(exit code, stdout, stderr lines) of the checker on the given files."""
    out, err = io.StringIO(), io.StringIO()
    code = checker.run(sections, [os.path.join(FIX, f) if not os.path.isabs(f) else f for f in data_files], out, err)
    return code, out.getvalue(), [l for l in err.getvalue().splitlines() if not l.startswith("check_caf_links:")]


def write_temp(doc):
    f = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    json.dump(doc, f)
    f.close()
    return f.name


class AnchorRule(unittest.TestCase):
    def test_docfx_github_ids(self):
        # DocFX's own test case for its default (GitHub) auto-identifiers.
        self.assertEqual(checker.heading_id("This - is a &@! heading _ with . and ! -"),
                         "this---is-a--heading-_-with--and---")
        # Headings of CAF's current pages, ids as their own in-page links spell them.
        self.assertEqual(checker.heading_id("5. How to adopt AI"), "5-how-to-adopt-ai")
        self.assertEqual(checker.heading_id("1.4. Apply sensitivity labels"), "14-apply-sensitivity-labels")
        self.assertEqual(checker.heading_id("Microsoft Copilots (SaaS agents)"), "microsoft-copilots-saas-agents")
        self.assertEqual(checker.heading_id("What's the level of investment?"), "whats-the-level-of-investment")
        self.assertEqual(checker.heading_id("AI strategy - Guidance to set your organization's AI strategy"),
                         "ai-strategy---guidance-to-set-your-organizations-ai-strategy")

    def test_repeated_heading_gets_a_suffix(self):
        heads = [{"level": 2, "text": "Next step"}, {"level": 2, "text": "Other"}, {"level": 3, "text": "Next step"},
                 {"level": 3, "text": "Next step"}]
        self.assertEqual(checker.heading_ids(heads), ["next-step", "other", "next-step-1", "next-step-2"])


class Redirects(unittest.TestCase):
    def test_relative_redirects_resolve_against_the_source_file(self):
        self.assertEqual(checker.redirect_target("docs/scenarios/ai/plan.md", "../../ai/plan"),
                         ("learn.microsoft.com/azure/cloud-adoption-framework/ai/plan", None))
        self.assertEqual(checker.redirect_target("docs/scenarios/ai/index.md", "../../ai/index"),
                         ("learn.microsoft.com/azure/cloud-adoption-framework/ai", None))
        self.assertEqual(checker.redirect_target("docs/scenarios/ai/platform/security.md", "../../../ai/platform/security"),
                         ("learn.microsoft.com/azure/cloud-adoption-framework/ai/platform/security", None))
        self.assertEqual(checker.redirect_target("docs/x.md", "/azure/cloud-adoption-framework/strategy/#checklist"),
                         ("learn.microsoft.com/azure/cloud-adoption-framework/strategy", "checklist"))


class SyntheticRecord(unittest.TestCase):
    def test_good_links_pass(self):
        code, out, errs = run(["good.json"])
        self.assertEqual(errs, [])
        self.assertEqual(code, 0)
        # 8 link members + 1 URL inside the note; items 3, 4 (two hops) and 6 pass through redirects.
        self.assertIn("9 links (9 distinct)", out)
        self.assertIn("3 through a redirect", out)

    def test_bad_fragment(self):
        code, _, errs = run(["bad_fragment.json"])
        self.assertEqual(code, 1)
        self.assertEqual(len(errs), 1)
        self.assertTrue(errs[0].startswith("tests/fixtures/caf_links/bad_fragment.json#/items/0/link: "))
        self.assertIn("no section #estimate-delivery-timelines on ai/plan", errs[0])

    def test_wrong_case_fragment(self):
        code, _, errs = run(["wrong_case.json"])
        self.assertEqual(code, 1)
        self.assertEqual(len(errs), 1)
        self.assertIn("#establish-ai-governance differs in case from #Establish-AI-governance on ai/ready", errs[0])
        self.assertIn("reached through the redirect from scenarios/ai/ready", errs[0])

    def test_removed_page(self):
        code, _, errs = run(["removed_page.json"])
        self.assertEqual(code, 1)
        self.assertEqual(len(errs), 1)
        self.assertIn("page scenarios/ai/adopt-paas is removed", errs[0])

    def test_other_problems_each_reported(self):
        cases = {
            # the fragment is kept across the redirect, and the target page lacks it
            CAF + "scenarios/ai/plan#estimate-delivery-timelines": "no section #estimate-delivery-timelines",
            CAF + "scenarios/ai/adopt-iaas#select-ai-compute": "is unverified",
            CAF + "ai/manage#manage-ai-costs": "page ai/manage is not recorded",
            "https://learn.microsoft.com/azure/architecture/ai-ml/guide/other": "is not recorded",
            "https://learn.microsoft.com/azure/architecture/ai-ml/guide/example#some-section": "no section #some-section",
            "https://learn.microsoft.com/en-us/azure/cloud-adoption-framework/ai/plan": "drop the locale",
            CAF + "ai/plan?view=x": "drop the query string",
            "http://learn.microsoft.com/azure/cloud-adoption-framework/ai/plan": "not an https URL",
            CAF + "ai/plan#": "empty #fragment",
            "see the plan": "not an https URL",
        }
        path = write_temp({"items": [{"link": url} for url in cases]})
        try:
            code, _, errs = run([path])
        finally:
            os.unlink(path)
        self.assertEqual(code, 1)
        for i, (url, expected) in enumerate(cases.items()):
            mine = [e for e in errs if f"#/items/{i}/link: " in e]
            self.assertTrue(mine and expected in mine[0], f"{url}: expected '{expected}' in {mine}")

    def test_urls_inside_texts_are_checked(self):
        path = write_temp({"questions": [{"why": f"See {CAF}ai/ready#establish-ai-governance, then decide."}]})
        try:
            code, _, errs = run([path])
        finally:
            os.unlink(path)
        self.assertEqual(code, 1)
        self.assertEqual(len(errs), 1)
        self.assertIn("#/questions/0/why: " + CAF + "ai/ready#establish-ai-governance: ", errs[0])

    def test_a_record_whose_anchors_do_not_follow_its_headings_is_refused(self):
        with open(os.path.join(FIX, "sections.json"), encoding="utf-8") as f:
            doc = json.load(f)
        doc["pages"][CAF[len("https://"):] + "ai/plan"]["anchors"][1] = "create-an-ai-proof-of-concept"
        doc["redirects"][0]["to"] = CAF[len("https://"):] + "scenarios/ai/plan"
        path = write_temp(doc)
        try:
            code, _, errs = run(["good.json"], sections=path)
        finally:
            os.unlink(path)
        self.assertEqual(code, 1)
        self.assertTrue(any("anchors don't follow the headings" in e and "create-ai-proof-of-concepts" in e for e in errs), errs)
        self.assertTrue(any("'../../ai/plan' from docs/scenarios/ai/plan.md resolves to" in e for e in errs), errs)


class RealRecord(unittest.TestCase):
    """The committed data/caf_sections.json against the links the data had before this fix."""

    def test_links_before_the_fix(self):
        code, _, errs = run([os.path.join(FIX, "links_before_fix.json")], sections=checker.SECTIONS)
        self.assertEqual(code, 1)
        failing = {e.split(": ", 2)[1] for e in errs}
        s = CAF + "scenarios/ai/"
        expected = {
            s + "strategy#define-an-ai-data-strategy",           # now "4. Data strategy"
            s + "strategy#define-a-responsible-ai-strategy",     # now "3. Responsible AI strategy"
            s + "center-of-excellence#define-the-ai-coe-function",
            s + "plan#create-an-ai-proof-of-concept",            # now "Create AI proof of concepts"
            s + "plan#estimate-delivery-timelines",              # merged into the proof of concept section
            s + "ready#establish-ai-reliability",                # explicit anchors are capitalised
            s + "ready#establish-ai-governance",
            s + "ready#establish-ai-networking",
            s + "ready#establish-an-ai-foundation",
            s + "platform/architectures#use-the-ai-design-areas-as-a-framework",
            s + "adopt-paas",                                    # not confirmed as served
            s + "adopt-paas#generative-ai-implementation-options",
            s + "adopt-iaas#select-ai-compute",
            s + "platform/security#secure-the-ai-models",
            s + "secure#assess-ai-security-risks",               # now Discover / Protect / Detect
            s + "secure#implement-ai-security-controls",
            s + "secure#maintain-ai-security-controls",
            s + "govern#assess-ai-organizational-risks",         # govern.md's headings are numbered now
            s + "govern#document-ai-governance-policies",
            s + "govern#enforce-ai-governance-policies",
            s + "govern#monitor-ai-organizational-risks",
            s + "manage#manage-ai-endpoint-sharing",             # removed from manage.md
        }
        self.assertEqual(failing, expected)
        case = [e for e in errs if s + "ready#establish-ai-governance: " in e]
        self.assertIn("differs in case from #Establish-AI-governance", case[0])

    def test_real_data_passes(self):
        out, err = io.StringIO(), io.StringIO()
        code = checker.run(checker.SECTIONS, [os.path.join(checker.DATA, "model.json"),
                                              os.path.join(checker.DATA, "checklist.json")], out, err)
        self.assertEqual(err.getvalue(), "")
        self.assertEqual(code, 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
