"""A picture of an uploaded PDF for the review page (issue 18, item 1).

Browsers refuse to run their PDF viewer inside a sandbox, and evidence is always served
sandboxed (`app.headers.EVIDENCE_CSP_INLINE`), so the review page shows a PNG of the first
pages instead: a plain image that needs no viewer, no script and no plug-in. The PDF is read
by PDFium (`pypdfium2`) in a separate process with a time and memory limit, so a hostile or
broken file can neither hang nor crash the portal; it then simply has no preview, and the
reviewer opens or downloads the file.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

MAX_PAGES = 3
SCALE = 1.4  # about 100 dpi: readable at the review page's width
TIMEOUT_SECONDS = 20
MEMORY_BYTES = 768 * 1024 * 1024
# The drawn picture is kept beside the stored file (whose name is random and whose content never
# changes), so each PDF is drawn once, not on every view; an empty file records that it could
# not be drawn. Change the version when the drawing changes. `evidence_files.discard` deletes it
# with the file.
CACHE_SUFFIX = ".voorbeeld-1.png"


def cached_path(path: Path) -> Path:
    """Where the picture of the stored file at `path` is kept."""
    return path.with_name(path.name + CACHE_SUFFIX)


def picture(path: Path) -> bytes | None:
    """The PNG of the PDF at `path` (drawn once, then read from beside it), or None."""
    kept = cached_path(path)
    try:
        data = kept.read_bytes()
    except FileNotFoundError:
        pass
    else:
        return data or None
    data = render(path)
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    try:
        partial.write_bytes(data or b"")
        os.replace(partial, kept)  # whole or not at all, also with two workers at once
    except OSError:
        partial.unlink(missing_ok=True)
    return data


def _limit_memory() -> None:  # pragma: no cover - runs in the child process
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def render(path: Path) -> bytes | None:
    """A PNG of the first pages of the PDF at `path`, or None when it cannot be drawn."""
    try:
        result = subprocess.run(  # noqa: S603 - our own interpreter and module, a path we own
            [sys.executable, "-m", "app.services.pdf_preview", str(path)],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
            preexec_fn=_limit_memory if sys.platform.startswith("linux") else None,  # noqa: PLW1509
            cwd=Path(__file__).resolve().parents[2],
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0 or not result.stdout.startswith(b"\x89PNG"):
        return None
    return result.stdout


def _draw(path: str) -> bytes:  # pragma: no cover - runs in the child process
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(path)
    try:
        images = []
        for index in range(min(len(pdf), MAX_PAGES)):
            page = pdf[index]
            images.append(page.render(scale=SCALE).to_pil().convert("RGB"))
            page.close()
    finally:
        pdf.close()
    if not images:
        raise ValueError("no pages")
    gap = 12
    width = max(i.width for i in images)
    height = sum(i.height for i in images) + gap * (len(images) - 1)
    sheet = Image.new("RGB", (width, height), (200, 200, 200))
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height + gap
    out = io.BytesIO()
    sheet.save(out, format="PNG", optimize=True)
    return out.getvalue()


if __name__ == "__main__":  # pragma: no cover - the child process
    sys.stdout.buffer.write(_draw(sys.argv[1]))
