/// The browser side of `PreviewTests`: a Python script driving headless Chromium with selenium.
/// Kept in Swift so the test target has no loose files; the test writes it out and runs it.
enum PreviewBrowserScript {
    static let source = #"""
        """Drives `assemble preview` from headless Chromium as an editor would: open a chapter, save the
        section file, and watch the page change by itself. Prints one JSON object of what was seen; exits 1
        with the step that failed. Every wait has a deadline."""
        import json, os, sys, tempfile, time
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By

        base, manuscript, expected_error = sys.argv[1], sys.argv[2], sys.argv[3]
        screenshot = sys.argv[4] if len(sys.argv) > 4 else None
        section = os.path.join(manuscript, "sections", "01-overview.yaml")
        principles = os.path.join(manuscript, "sections", "02-principles.yaml")
        edition = os.path.join(manuscript, "edition.yaml")
        original = open(section, encoding="utf-8").read()
        old_sentence = "人口減少と少子高齢化、核家族化が進み、地域のつながりは弱まっています。"
        seen = {}

        def fail(step, detail=""):
            print(json.dumps({"failed": step, "detail": detail, "seen": seen}, ensure_ascii=False))
            sys.exit(1)

        def save_atomically(path, text):
            """As most editors save: a new file renamed over the old one."""
            folder = os.path.dirname(path)
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, path)

        def page_text():
            try:
                return driver.execute_script("return document.body ? document.body.innerText : ''") or ""
            except Exception:
                return ""  # between two documents while the page reloads

        def panel_text():
            try:
                return driver.execute_script("var p = document.getElementById('preview-findings'); return p ? p.innerText : ''") or ""
            except Exception:
                return ""

        def wait_for(step, condition, seconds=20):
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if condition():
                    return time.monotonic()
                time.sleep(0.005)
            fail(step, page_text()[:3000])

        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900",
                         "--user-data-dir=" + tempfile.mkdtemp(prefix="preview-chromium-")]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(10)
        try:
            driver.get(base + "/")
            index_title = driver.title
            links = [a.get_attribute("href") for a in driver.find_elements(By.TAG_NAME, "a")]
            chapter = next((href for href in links if href and "overview" in href), None)
            if not chapter:
                fail("the table of contents links the chapter", str(links))
            driver.get(chapter)
            wait_for("the chapter shows its text", lambda: old_sentence in page_text())
            seen["chapter"] = chapter
            seen["draft"] = {"note": "名称の扱いは第3回推進会議の協議結果を踏まえて確定する。" in page_text(),
                             "mark": "（案）" in index_title}
            # A marker the page would lose if it reloaded: the new text is swapped into the open page.
            driver.execute_script("window.previewMarker = 1")

            # Saves reach the open page by themselves; the time from the rename to the text in the DOM.
            latencies = []
            text = original
            for round in range(6):
                new_sentence = "プレビューで確かめる文、その%d。" % round
                text = original.replace(old_sentence, new_sentence)
                started = time.monotonic()
                save_atomically(section, text)
                shown = wait_for("saved text %d appears without a reload by hand" % round, lambda: new_sentence in page_text())
                latencies.append((shown - started) * 1000)
                time.sleep(0.15)
            seen["latencies_ms"] = latencies
            seen["updated_in_place"] = driver.execute_script("return window.previewMarker === 1")
            good = text

            # A YAML error: the panel names its place, and the last good page stays under it.
            broken = good.replace("  - note: 名称の扱いは", "\t- note: 名称の扱いは")
            save_atomically(section, broken)
            wait_for("the error panel shows " + expected_error, lambda: expected_error in panel_text())
            seen["error_panel"] = panel_text()
            seen["last_good_page_kept"] = new_sentence in page_text()
            if screenshot:
                driver.execute_script("window.scrollTo(0, 0)")
                driver.save_screenshot(screenshot)
            # A page opened while the build is broken shows the last good text with the errors on top.
            driver.get(chapter)
            wait_for("a page loaded while broken shows the error", lambda: expected_error in panel_text() and new_sentence in page_text())

            # The fix: the errors go, the page is current again.
            recovered = good.replace("その5。", "その6、直した。")
            save_atomically(section, recovered)
            wait_for("recovery after the fix", lambda: "その6、直した。" in page_text() and expected_error not in panel_text())
            seen["recovered_panel"] = panel_text()

            # A half-saved file: written in two parts with a pause longer than the debounce between them.
            full = recovered.replace("その6、直した。", "その7、半分ずつ保存した。")
            with open(section, "w", encoding="utf-8") as handle:
                handle.write(full[: len(full) // 2])
                handle.flush()
                time.sleep(0.4)
                handle.write(full[len(full) // 2:])
            wait_for("the half-saved file, once complete, shows", lambda: "その7、半分ずつ保存した。" in page_text() and ": error: " not in panel_text())

            # A deleted section file: an error naming it; putting it back recovers.
            principles_text = open(principles, encoding="utf-8").read()
            os.remove(principles)
            wait_for("the deleted file is reported", lambda: "02-principles.yaml" in panel_text() and ": error: " in panel_text())
            seen["deleted_panel"] = panel_text()
            save_atomically(principles, principles_text)
            wait_for("recovery after the file is back", lambda: ": error: " not in panel_text() and "その7" in page_text())

            # A renamed section file: reported until edition.yaml follows the new name.
            renamed = os.path.join(manuscript, "sections", "02-principles-renamed.yaml")
            os.rename(principles, renamed)
            wait_for("the renamed file is reported", lambda: "02-principles.yaml" in panel_text() and ": error: " in panel_text())
            edition_text = open(edition, encoding="utf-8").read()
            save_atomically(edition, edition_text.replace("sections/02-principles.yaml", "sections/02-principles-renamed.yaml"))
            wait_for("recovery after edition.yaml names the new file", lambda: ": error: " not in panel_text() and "その7" in page_text())
            print(json.dumps({"failed": None, "seen": seen}, ensure_ascii=False))
        finally:
            driver.quit()
        """#
}
