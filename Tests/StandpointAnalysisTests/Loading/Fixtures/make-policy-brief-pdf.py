#!/usr/bin/env python3
"""Writes policy-brief.pdf, the tiny PDF fixture of the PDF loader tests, by hand.

Two pages of Helvetica text: a running header and a "Page N of 2" footer on
both pages, a word hyphenated at a line end, and a two-column layout on
page 2. Run it from this folder: python3 make-policy-brief-pdf.py
"""

HEADER = "Council on Security Studies - Policy Brief"
PAGES = [
    # (x, y, text) lines of page 1: single column.
    [(72, 760, HEADER),
     (72, 700, "Rethinking Deterrence in Europe"),
     (72, 660, "The council urged NATO to deepen its coop-"),
     (72, 646, "eration with neutral states and to avoid steps"),
     (72, 632, "that could spark a new arms race."),
     (72, 604, "Critics warned that the plan is too vague."),
     (72, 60, "Page 1 of 2")],
    # page 2: two columns side by side.
    [(72, 760, HEADER),
     (72, 700, "Left column starts here and"), (320, 700, "Right column starts here and"),
     (72, 686, "continues on this line."), (320, 686, "ends on its second line."),
     (72, 672, "Its third line ends it."), (320, 672, "A last right line."),
     (72, 60, "Page 2 of 2")],
]


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build():
    objects = []
    page_ids = [4 + 2 * i for i in range(len(PAGES))]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % pid for pid in page_ids)
    objects.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(PAGES)))
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for index, lines in enumerate(PAGES):
        content = "".join("BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (x, y, escape(t)) for x, y, t in lines)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[index] + 1))
        objects.append("<< /Length %d >>\nstream\n%sendstream" % (len(content), content))
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out.encode("latin-1")


if __name__ == "__main__":
    with open("policy-brief.pdf", "wb") as f:
        f.write(build())
