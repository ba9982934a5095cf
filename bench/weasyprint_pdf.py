"""The WeasyPrint peer of bench/run: converts HTML files to PDF in one warm Python process (one
font configuration shared by every document) and prints one line per document: "<ms> <file>".
The time covers reading the page from disk (HTML, CSS, fonts) and writing its PDF.

    python3 bench/weasyprint_pdf.py OUT_DIR FILE...
"""
import os
import sys
import time

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration


def main(out, files):
    os.makedirs(out, exist_ok=True)
    fonts = FontConfiguration()
    for f in files:
        path = os.path.abspath(f)
        brief = os.path.dirname(path)
        name = os.path.basename(os.path.dirname(brief)) + "-" + os.path.basename(brief) + ".pdf"
        t0 = time.perf_counter()
        HTML(filename=path).write_pdf(os.path.join(out, name), font_config=fonts)
        print("%.1f %s" % ((time.perf_counter() - t0) * 1000, f), flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: python3 weasyprint_pdf.py OUT_DIR FILE...")
    main(sys.argv[1], sys.argv[2:])
