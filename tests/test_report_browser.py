"""The HTML report renders in headless Chromium, offline, with every chart drawn.

Chromium runs with networking off (every host name resolves to nothing), so the page can only
show what it carries itself. The screenshot is kept in ``tests/artifacts/`` (git-ignored) for a
person to look at; the test checks the rendered DOM for the charts and their data, and the
screenshot's pixels for the charts' colours.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reconcile.pipeline import RunResult, run
from reconcile.sample import SampleFiles

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"
CHARTS = ("category-mix", "quality-by-area", "allocation-days", "da-share")
#: The charts' colours (Okabe-Ito), as RGB: before, after, good, neutral.
CHART_COLOURS = {
    "before": (0xE6, 0x9F, 0x00),
    "after": (0x00, 0x72, 0xB2),
    "quality": (0x00, 0x9E, 0x73),
    "days": (0x56, 0xB4, 0xE9),
}


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


CHROMIUM = _chromium()
if CHROMIUM is None:
    pytest.skip(
        "headless Chromium is not installed (apt-get install chromium; .ci/run installs it)",
        allow_module_level=True,
    )


def _chromium_args(profile: Path) -> list[str]:
    assert CHROMIUM is not None
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--hide-scrollbars",
        # No network at all: every host name fails to resolve, so nothing outside the file can load.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--proxy-server=http://0.0.0.0:1",
        "--proxy-bypass-list=<-loopback>",
        f"--user-data-dir={profile}",
    ]


@pytest.fixture(scope="module")
def report(sample: SampleFiles, tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    return run(sample.val_csv, sample.vs_csv, out_dir=tmp_path_factory.mktemp("browser"), period="2023Q2")


def test_dom_after_rendering_has_every_chart(report: RunResult, tmp_path: Path) -> None:
    url = report.outputs["html"].resolve().as_uri()
    done = subprocess.run(
        [*_chromium_args(tmp_path / "profile"), "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    for chart in CHARTS:
        match = re.search(rf'<svg[^>]*data-chart="{chart}"[^>]*>(.*?)</svg>', dom, re.S)
        assert match, f"chart {chart} missing from the rendered page"
        values = re.findall(r'<rect[^>]*data-value="([^"]*)"', match.group(1))
        assert values and any(v not in ("", "0") for v in values), f"chart {chart} has no data"
    s = report.summary
    assert f"{s.rows:,}" in dom and s.rules_version in dom
    assert "Headline figures" in dom and "Review queue" in dom and "Method" in dom


def test_screenshot_shows_the_charts(report: RunResult, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    url = report.outputs["html"].resolve().as_uri()
    done = subprocess.run(
        [*_chromium_args(tmp_path / "profile"), f"--screenshot={shot}", "--window-size=1280,2400", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    shutil.copy(report.outputs["html"], ARTIFACTS / "report.html")
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few KB
    image = pytest.importorskip("PIL.Image", reason="Pillow checks the screenshot's pixels")
    with image.open(shot) as png:
        rgb = png.convert("RGB")
        colours = {c for _, c in rgb.getcolors(maxcolors=1 << 20) or []}
        assert rgb.size == (1280, 2400)
    # The first 2,400 px hold the headline figures, the category chart and the quality chart.
    for name in ("before", "after", "quality"):
        assert CHART_COLOURS[name] in colours, f"no {name} bars drawn in the screenshot"


def test_prints_to_pdf(report: RunResult, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    url = report.outputs["html"].resolve().as_uri()
    done = subprocess.run(
        [*_chromium_args(tmp_path / "profile"), f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and pdf.is_file(), done.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
