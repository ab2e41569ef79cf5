#!/usr/bin/env python3
"""Rebuilds id.txt, the verification word list, from wordfreq's Indonesian list.

Run `pip install wordfreq` first, then `python3 make_list.py` in this folder.
It keeps plain lowercase ASCII words of 3 to 8 letters, in order of frequency,
and drops: every word in excluded.txt (kept by hand), words that are also among
the 40,000 most frequent English words (they read as English), words ending in
the clitic -nya, and words without a vowel (abbreviations). It stops at 2,048.
"""
import re
import wordfreq

excluded = set()
for line in open("excluded.txt", encoding="utf-8"):
    if not line.startswith("#"):
        excluded.update(line.split())
english = set(wordfreq.top_n_list("en", 40000))
words = []
for w in wordfreq.top_n_list("id", 20000):
    if not re.fullmatch(r"[a-z]{3,8}", w) or w in english or w in excluded:
        continue
    if w.endswith("nya") or not re.search("[aiueo]", w):
        continue
    words.append(w)
    if len(words) == 2048:
        break
assert len(words) == 2048, len(words)
with open("id.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(words) + "\n")
