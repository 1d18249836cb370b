#!/usr/bin/env python3
"""Hostile variants of the corpus plans, for checking that a speed change leaves parsing as it was.

Usage: Benchmarks/parse-variants.py OUT_DIR   (from the package root; reads Corpus/local/*.txt)

Each plan gives ten variants, deterministically (seed 7): table columns shuffled, numbered or emptied
(and tabs put into one prose line in ten), ASCII punctuation, letters spaced apart, compatibility
ideographs and a combining mark, lines shuffled, the file cut in half, the file flattened onto one line,
and unit labels added. The variants are not plans anyone writes: they send every reader down its
unusual branches.
"""
import glob, os, random, sys

def main(out):
    random.seed(7)
    os.makedirs(out, exist_ok=True)
    def write(name, text):
        with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
            f.write(text)
    for path in sorted(glob.glob('Corpus/local/*.txt')):
        text = open(path, encoding='utf-8').read()
        base = os.path.basename(path)[:-4]
        lines = text.split('\n')
        for kind in range(3):
            out_lines = []
            for i, line in enumerate(lines):
                if '\t' in line:
                    cells = line.split('\t')
                    if kind == 0:
                        random.shuffle(cells)
                    elif kind == 1:
                        cells = [str(i)] + cells
                    else:
                        cells[0] = ''
                    line = '\t'.join(cells)
                elif random.random() < 0.1 and len(line) > 10:
                    j = random.randrange(len(line))
                    line = line[:j] + '\t' + line[j:]
                out_lines.append(line)
            write(f'{base}-tab{kind}.txt', '\n'.join(out_lines))
        ascii_marks = str.maketrans({'，': ',', '：': ':', '（': '(', '）': ')', '；': ';'})
        write(f'{base}-ascii.txt', text.translate(ascii_marks))
        write(f'{base}-spaced.txt', '\n'.join(' '.join(l) if random.random() < 0.2 else l for l in lines))
        write(f'{base}-compat.txt', text.replace('类', '\uFAAE').replace('六', '\uF9D1').replace('年', '年\u0301', 3))
        shuffled = lines[:]
        random.shuffle(shuffled)
        write(f'{base}-shuffled.txt', '\n'.join(shuffled))
        write(f'{base}-cut.txt', text[:len(text) // 2])
        write(f'{base}-flat.txt', ''.join(lines))
        write(f'{base}-labels.txt', '\n'.join(
            l + ('（牵头单位：区财政局，责任单位：各部门）' if random.random() < 0.2 else '')
            + ('\n责任单位：区发改委、区统计局' if random.random() < 0.1 else '') for l in lines))

if __name__ == '__main__':
    if len(sys.argv) != 2 or sys.argv[1].startswith('-'):
        sys.exit('usage: Benchmarks/parse-variants.py OUT_DIR')
    main(sys.argv[1])
