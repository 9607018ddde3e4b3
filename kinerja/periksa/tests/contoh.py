"""A small hand-made LKjIP of a fictitious Dinas, written once as content and rendered as a
tab-separated text, a Word file (python-docx) and a PDF (WeasyPrint), each holding the same
known errors beside figures that are right.

Known errors: the preface calls it "Tahun Anggaran 2023"; "Seluruh target tercapai" while
1001-2 is at 94,44%; 94,73 printed for 90/95 = 94,7368… (cut, not rounded); the 98,00% of
kegiatan 1002 is 780.000.000 ÷ 800.000.000 = 97,50%; BAB IV's "capaian kinerja sebesar 100%"
(97,30% computed); the NIP 19790230 200312 2 002 (30 February). Right: 94,44% (85/90), 100 for
3,5/3,5, 97,50% for 1001 and for the total, "2 (dua) sasaran strategis", "realisasi anggaran
sebesar 97,50%", the NIP 19800101 200501 1 001.
"""

import io

ISI = [
    ("p", "LAPORAN KINERJA"),
    ("p", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN CONTOH"),
    ("p", "TAHUN 2024"),
    ("p", "KATA PENGANTAR"),
    (
        "p",
        "Laporan Kinerja Dinas Komunikasi dan Informatika Kabupaten Contoh Tahun Anggaran 2023 "
        "disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi dinas.",
    ),
    ("p", "IKHTISAR EKSEKUTIF"),
    ("p", "Dinas menetapkan sasaran strategis dalam Renstra 2021-2026. Seluruh target tercapai."),
    ("p", "BAB I PENDAHULUAN"),
    ("p", "Dinas Komunikasi dan Informatika melaksanakan urusan komunikasi dan informatika."),
    ("p", "BAB III AKUNTABILITAS KINERJA"),
    ("p", "A. Capaian Kinerja"),
    ("p", "Dinas telah menetapkan 2 (dua) sasaran strategis dengan capaian sebagai berikut:"),
    (
        "t",
        [
            ["Indikator Kinerja", "Kinerja", "", ""],
            ["", "Target (%)", "Realisasi (%)", "% Capaian"],
            ["Sasaran 1. Meningkatnya layanan informasi publik (1001)", "", "", ""],
            ["Persentase aduan masyarakat yang ditindaklanjuti", "95", "90", "94,73"],
            ["Persentase perangkat daerah yang terhubung jaringan", "90", "85", "94,44"],
            ["Sasaran 2. Meningkatnya tata kelola pemerintahan digital (1002)", "", "", ""],
            ["Indeks SPBE", "3,5", "3,5", "100"],
        ],
    ),
    ("p", "B. Realisasi Anggaran"),
    ("p", "Realisasi anggaran per kegiatan sebagai berikut:"),
    (
        "t",
        [
            ["No", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
            ["1", "Layanan informasi publik (1001)", "1.200.000.000", "1.170.000.000", "97,50"],
            ["2", "Tata kelola SPBE (1002)", "800.000.000", "780.000.000", "98,00"],
            ["", "Jumlah", "2.000.000.000", "1.950.000.000", "97,50"],
        ],
    ),
    ("p", "BAB IV PENUTUP"),
    (
        "p",
        "Dari indikator kinerja didapatkan hasil capaian kinerja sebesar 100% dan realisasi "
        "anggaran sebesar 97,50%.",
    ),
    ("p", "LAMPIRAN"),
    ("p", "PERJANJIAN KINERJA TAHUN 2024 DINAS KOMUNIKASI DAN INFORMATIKA"),
    ("p", "Nama : Budi Santoso"),
    ("p", "NIP : 19800101 200501 1 001"),
    ("p", "Nama : Siti Aminah"),
    ("p", "NIP : 19790230 200312 2 002"),
]


def teks() -> str:
    lines = []
    for kind, content in ISI:
        if kind == "p":
            lines += [content, ""]
        else:
            lines += ["\t".join(row) for row in content] + [""]
    return "\n".join(lines)


def docx() -> bytes:
    from docx import Document

    document = Document()
    for kind, content in ISI:
        if kind == "p":
            document.add_paragraph(content)
            continue
        table = document.add_table(rows=len(content), cols=len(content[0]))
        for row, values in zip(table.rows, content, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf() -> bytes:
    from html import escape

    from weasyprint import HTML

    parts = [
        "<style>table{border-collapse:collapse} td{border:1px solid #000;padding:2px}"
        "body{font-size:9pt}</style>"
    ]
    for kind, content in ISI:
        if kind == "p":
            parts.append(f"<p>{escape(content)}</p>")
            continue
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in row) + "</tr>"
            for row in content
        )
        parts.append(f"<table>{rows}</table>")
    return HTML(string="".join(parts)).write_pdf()
