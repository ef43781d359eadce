"""Reading the emulated machine's screen for deploy-pi/boot_check.py: QMP screen dumps
(PPM) turned into PNG for people, pixel figures for the checks, and Tesseract's reading of
the text on it."""
import subprocess


def read_ppm(path):
    """Returns (width, height, rgb bytes) of a binary PPM (P6, maxval 255)."""
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P6" or int(fields[3]) != 255:
        raise ValueError(f"{path}: not a P6 PPM with 8-bit samples")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height * 3]


def dark_fraction(path, threshold=16):
    """How much of the screen is (nearly) black: 1.0 is a switched-off picture."""
    width, height, rgb = read_ppm(path)
    dark = sum(1 for i in range(0, len(rgb), 3 * 7)
               if max(rgb[i], rgb[i + 1], rgb[i + 2]) < threshold)
    return dark / len(range(0, len(rgb), 3 * 7))


def to_png(ppm, png):
    with open(png, "wb") as out:
        subprocess.run(["pnmtopng", ppm], stdout=out, stderr=subprocess.DEVNULL, check=True)
    return png


def ocr(png, languages="nld+eng"):
    """The text Tesseract reads on the screen."""
    result = subprocess.run(["tesseract", png, "-", "-l", languages], capture_output=True,
                            text=True)
    return result.stdout
