//! Byte encoding of posting lists and shard files, read back by `search.js` (`readShard`).
//!
//! A shard file is `varint(term count)` then, per term in sorted order:
//! `varint(bytes shared with the previous term) varint(suffix length) suffix`
//! `varint(reading mask)` (bit i: the term's i-th prefix reading is plausible),
//! then `varint(df << 1 | dense) varint(block length) block`.
//! A block holds the doc ids, then one score byte per doc (bits 6-7: 3 the exact form is written,
//! 2 a plausible reading, 1 only an implausible one; bit 5: the term is in the title; bits 0-4:
//! the quantised BM25 term-frequency part, 1-31).
//! Ids are either gaps (`varint(id - prev - 1)`, sparse) or a bitset of `ceil(n / 8)` bytes, least
//! significant bit first (dense), whichever is smaller.
//!
//! A typo shard is `varint(key count)` then, per key, the key front-coded as above,
//! `varint(target count)` and per target `varint(0)` (the key is a word),
//! `varint(1) varint(length) word` (the word written out), or
//! `varint(position + 2) varint(code point)` (the word has that letter at that position).

use super::typos::{Target, TypoKey};

/// One posting: a doc id and its score byte.
pub type Posting = (u32, u8);

/// One term of a shard: the term, which of its prefix readings are plausible, its postings.
pub struct TermEntry<'a> {
    /// The normalised term; shards hold terms in sorted order.
    pub term: &'a str,
    /// Bit i set: the term's i-th prefix reading is plausible.
    pub mask: u8,
    /// The docs holding the term, by ascending id.
    pub postings: &'a [Posting],
}

/// Appends `value` as a LEB128 varint.
pub fn push_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn varint_len(value: u64) -> usize {
    (64 - value.max(1).leading_zeros() as usize).div_ceil(7)
}

/// Doc ids as gaps, sparse form.
fn sparse_ids(postings: &[Posting]) -> Vec<u8> {
    let mut out = Vec::with_capacity(postings.len());
    let mut next = 0u32;
    for &(id, _) in postings {
        push_varint(&mut out, u64::from(id - next));
        next = id + 1;
    }
    out
}

/// Doc ids as a bitset over all `n_docs` docs, dense form.
fn dense_ids(postings: &[Posting], n_docs: usize) -> Vec<u8> {
    let mut out = vec![0u8; n_docs.div_ceil(8)];
    for &(id, _) in postings {
        out[id as usize / 8] |= 1 << (id % 8);
    }
    out
}

/// Encodes one posting list (sorted by id) as `(dense, block)`.
pub fn encode_postings(postings: &[Posting], n_docs: usize) -> (bool, Vec<u8>) {
    let mut next = 0u32;
    let sparse_len: usize = postings
        .iter()
        .map(|&(id, _)| {
            let len = varint_len(u64::from(id - next));
            next = id + 1;
            len
        })
        .sum();
    let dense = n_docs.div_ceil(8) < sparse_len;
    let mut block = if dense {
        dense_ids(postings, n_docs)
    } else {
        sparse_ids(postings)
    };
    block.extend(postings.iter().map(|&(_, score)| score));
    (dense, block)
}

/// Writes `key` front-coded against the previous key of its shard.
fn push_key(out: &mut Vec<u8>, previous: &str, key: &str) {
    let shared = previous
        .bytes()
        .zip(key.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = &key.as_bytes()[shared..];
    push_varint(out, shared as u64);
    push_varint(out, suffix.len() as u64);
    out.extend_from_slice(suffix);
}

/// Encodes one term's entry, front-coded against the previous term of the shard.
fn push_term(out: &mut Vec<u8>, previous: &str, entry: &TermEntry<'_>, n_docs: usize) {
    push_key(out, previous, entry.term);
    push_varint(out, u64::from(entry.mask));
    let (dense, block) = encode_postings(entry.postings, n_docs);
    push_varint(out, (entry.postings.len() as u64) << 1 | u64::from(dense));
    push_varint(out, block.len() as u64);
    out.extend_from_slice(&block);
}

/// The encoded size of one term's entry without front coding (an upper bound, for planning).
pub fn term_size(entry: &TermEntry<'_>, n_docs: usize) -> usize {
    let mut out = Vec::new();
    push_term(&mut out, "", entry, n_docs);
    out.len()
}

/// A whole shard file from its terms in sorted order.
pub fn encode_shard(entries: &[TermEntry<'_>], n_docs: usize) -> Vec<u8> {
    let mut out = Vec::new();
    push_varint(&mut out, entries.len() as u64);
    let mut previous = "";
    for entry in entries {
        push_term(&mut out, previous, entry, n_docs);
        previous = entry.term;
    }
    out
}

/// Encodes one typo key with its targets.
fn push_typo(out: &mut Vec<u8>, previous: &str, key: &TypoKey) {
    push_key(out, previous, &key.key);
    push_varint(out, key.targets.len() as u64);
    for target in &key.targets {
        match target {
            Target::Word => push_varint(out, 0),
            Target::Spelled(word) => {
                push_varint(out, 1);
                push_varint(out, word.len() as u64);
                out.extend_from_slice(word.as_bytes());
            }
            Target::Insert(position, letter) => {
                push_varint(out, u64::from(*position) + 2);
                push_varint(out, u64::from(u32::from(*letter)));
            }
        }
    }
}

/// The encoded size of one typo key without front coding (an upper bound, for planning).
pub fn typo_size(key: &TypoKey) -> usize {
    let mut out = Vec::new();
    push_typo(&mut out, "", key);
    out.len()
}

/// A whole typo shard from its keys in sorted order.
pub fn encode_typo_shard(keys: &[TypoKey]) -> Vec<u8> {
    let mut out = Vec::new();
    push_varint(&mut out, keys.len() as u64);
    let mut previous = "";
    for key in keys {
        push_typo(&mut out, previous, key);
        previous = &key.key;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_varints() {
        let cases: [(u64, &[u8]); 4] = [
            (0, &[0]),
            (127, &[127]),
            (128, &[0x80, 1]),
            (300, &[0xAC, 2]),
        ];
        for (value, bytes) in cases {
            let mut out = Vec::new();
            push_varint(&mut out, value);
            assert_eq!(out, bytes, "{value}");
            assert_eq!(varint_len(value), bytes.len(), "{value}");
        }
    }

    #[test]
    fn picks_the_smaller_id_encoding() {
        let cases: [(&[Posting], usize, bool, &[u8]); 3] = [
            (&[(0, 5), (3, 0x81)], 1000, false, &[0, 2, 5, 0x81]),
            (
                &[(0, 1), (1, 2), (2, 3), (9, 4)],
                10,
                true,
                &[0b0000_0111, 0b0000_0010, 1, 2, 3, 4],
            ),
            (&[], 10, false, &[]),
        ];
        for (postings, n, dense, block) in cases {
            assert_eq!(
                encode_postings(postings, n),
                (dense, block.to_vec()),
                "{postings:?}"
            );
        }
    }

    #[test]
    fn front_codes_terms() {
        let postings: &[Posting] = &[(2, 9)];
        let entries = [
            TermEntry {
                term: "אב",
                mask: 0,
                postings,
            },
            TermEntry {
                term: "אבג",
                mask: 1,
                postings,
            },
        ];
        let shard = encode_shard(&entries, 100);
        let ab = "אב".as_bytes();
        let mut expected = vec![2, 0, ab.len() as u8];
        expected.extend_from_slice(ab);
        expected.extend([0, 2, 2, 2, 9]);
        expected.extend([ab.len() as u8, 2]);
        expected.extend_from_slice("ג".as_bytes());
        expected.extend([1, 2, 2, 2, 9]);
        assert_eq!(shard, expected);
        assert_eq!(term_size(&entries[1], 100), 2 + 6 + 5);
    }
}

#[cfg(test)]
mod typo_tests {
    use super::*;

    #[test]
    fn encodes_typo_keys() {
        let keys = [
            TypoKey {
                key: "ab".into(),
                targets: vec![Target::Word, Target::Spelled("xab".into())],
            },
            TypoKey {
                key: "abc".into(),
                targets: vec![Target::Insert(1, 'ש')],
            },
        ];
        let shard = encode_typo_shard(&keys);
        let expected = [
            2, 0, 2, b'a', b'b', 2, 0, 1, 3, b'x', b'a', b'b', 2, 1, b'c', 1, 3, 0xE9, 0x0B,
        ];
        assert_eq!(shard, expected);
        assert_eq!(typo_size(&keys[1]), 2 + 3 + 1 + 3);
    }
}
