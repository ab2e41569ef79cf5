#!/usr/bin/env python3
"""Rebuilds the two word lists from wordfreq's frequency lists.

Run `pip install wordfreq` and `apt-get install wamerican` first, then
`python3 make_list.py` in this folder. Both lists keep plain lowercase ASCII
words of 3 to 8 letters, in order of frequency, drop every word in their
hand-kept exclusion file, and stop at 2,048.

id.txt, the verification words and the Indonesian passphrase suggestions, also
drops words that are among the 40,000 most frequent English words (they read
as English), words ending in the clitic -nya, and words without a vowel
(abbreviations).

en.txt, the English passphrase suggestions, also drops words that are not in
the American English dictionary in lowercase (names, abbreviations, slang),
words used at least as often in Indonesian as in English and the words of
id.txt (so that neither list reads as the other language), and a word that is
another candidate or a dropped word with -s, -es, -ies, -ed or -ing (two forms
of one word are easy to mix up when typing it back; a form of a dropped word
reads as that word). It was read word by word, and whatever read badly, was
rare or hard to spell went to excluded-en.txt.
"""
import re
import wordfreq

COUNT = 2048


def read_excluded(path):
    excluded = set()
    for line in open(path, encoding="utf-8"):
        if not line.startswith("#"):
            excluded.update(line.split())
    return excluded


def plain(lang, n):
    return [w for w in wordfreq.top_n_list(lang, n) if re.fullmatch(r"[a-z]{3,8}", w)]


def indonesian():
    excluded = read_excluded("excluded.txt")
    english = set(wordfreq.top_n_list("en", 40000))
    words = []
    for w in plain("id", 20000):
        if w in english or w in excluded:
            continue
        if w.endswith("nya") or not re.search("[aiueo]", w):
            continue
        words.append(w)
        if len(words) == COUNT:
            break
    return words


def another_form(w, kept):
    """Whether w is a kept word with an ending (tools, boxes, used, making)."""
    stems = [w[:-3] + "y"] if w.endswith("ies") else []  # berries
    for ending in ("s", "es", "ed", "ing"):
        if w.endswith(ending):
            stem = w[: -len(ending)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])  # stopped, running
    return any(s in kept for s in stems)


def english(id_words):
    excluded = read_excluded("excluded-en.txt") | set(id_words)
    dictionary = set(open("/usr/share/dict/american-english", encoding="utf-8").read().split())
    plain_en = [w for w in plain("en", 40000) if w in dictionary]
    indonesian_too = {
        w for w in plain_en if wordfreq.zipf_frequency(w, "id") >= wordfreq.zipf_frequency(w, "en")
    }
    candidates = [w for w in plain_en if w not in excluded and w not in indonesian_too]
    # A form of a dropped word is dropped too (works, villas).
    stems = set(candidates) | excluded | indonesian_too
    return [w for w in candidates if not another_form(w, stems)][:COUNT]


def write(path, words):
    assert len(words) == COUNT, (path, len(words))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")


id_words = indonesian()
write("id.txt", id_words)
write("en.txt", english(id_words))
