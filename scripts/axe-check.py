#!/usr/bin/python3
"""Checks pages with axe-core in headless Chromium, as a reader's browser opens them.

    scripts/axe-check.py [--axe axe.min.js] [--focus-terms] PATH...

Each PATH is an .html/.xhtml file or a folder searched for them (an EPUB is unzipped first by the
caller). Each page is opened as a file:// URL in Chromium (selenium, Debian's chromium-driver),
axe-core is injected and run with the WCAG 2.1 A and AA rules (tags wcag2a, wcag2aa, wcag21a,
wcag21aa; also td-has-header, a WCAG A rule axe-core ships as experimental). Prints one JSON object: per page its violations (rule id, impact, help, the failing
elements) and the number of rules passed. With --focus-terms it also focuses each page's first
glossary link by keyboard (Tab) and records whether its definition is shown. Exits 1 when any page
has a violation, 2 when the check itself could not run.
"""
import argparse
import json
import os
import pathlib
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# WCAG rules axe-core marks experimental and leaves off by default: data cells without header cells
# (1.3.1) is one the plans' many tables need.
EXPERIMENTAL = {"td-has-header": {"enabled": True}}
# Where scripts/install-dependencies.sh puts it (the same AXE_CORE_CACHE override).
DEFAULT_AXE = os.path.join(os.environ.get("AXE_CORE_CACHE") or os.path.join(
    os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "assemble", "axe-core-4.12.1"), "axe.min.js")

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: arguments[1], resultTypes: ['violations']})
  .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target, html: n.html}))})), passes: r.passes.length}))
  .catch(e => done({error: String(e)}));
"""


def pages(paths):
    for path in paths:
        p = pathlib.Path(path)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.suffix in (".html", ".xhtml"))
        else:
            yield p


def focus_first_term(driver):
    """Tabs to the first glossary link; returns its definition's visibility before and after."""
    links = driver.find_elements(By.CSS_SELECTOR, "a.glossary-link")
    if not links:
        return None
    link = links[0]
    tip = driver.find_element(By.ID, link.get_attribute("aria-describedby"))
    before = tip.is_displayed()
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(400):
        if driver.switch_to.active_element == link:
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    shown, definition = tip.is_displayed(), tip.text
    # WCAG 1.4.13: Esc dismisses it while focus stays on the term.
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    return {"term": link.text, "focused": driver.switch_to.active_element == link,
            "hiddenBefore": not before, "shownOnFocus": shown, "definition": definition,
            "hiddenOnEscape": not tip.is_displayed() and driver.switch_to.active_element == link}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--axe", default=DEFAULT_AXE)
    parser.add_argument("--focus-terms", action="store_true")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    try:
        axe = pathlib.Path(args.axe).read_text(encoding="utf-8")
    except OSError as error:
        print(f"axe-check: cannot read axe-core ({error}); run scripts/install-dependencies.sh", file=sys.stderr)
        return 2
    files = list(pages(args.paths))
    if not files:
        print("axe-check: no .html or .xhtml pages in " + " ".join(args.paths), file=sys.stderr)
        return 2

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024"):
        options.add_argument(flag)
    profile = tempfile.TemporaryDirectory(prefix="axe-check-profile-")
    options.add_argument("--user-data-dir=" + profile.name)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_script_timeout(120)
    results, failed = [], False
    try:
        for page in files:
            driver.get(page.resolve().as_uri())
            driver.execute_script(axe)
            outcome = driver.execute_async_script(RUN_AXE, TAGS, EXPERIMENTAL)
            if "error" in outcome:
                print(f"axe-check: axe-core failed on {page}: {outcome['error']}", file=sys.stderr)
                return 2
            entry = {"page": str(page), "violations": outcome["violations"], "passes": outcome["passes"]}
            if args.focus_terms:
                entry["focusedTerm"] = focus_first_term(driver)
            failed |= bool(outcome["violations"])
            results.append(entry)
    finally:
        driver.quit()
        profile.cleanup()
    print(json.dumps({"axeVersion": "4.12.1", "tags": TAGS, "experimental": sorted(EXPERIMENTAL), "pages": results}, ensure_ascii=False, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
