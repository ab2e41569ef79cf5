//! Pads plaintext to a bucket size before encryption, so that a ciphertext's length
//! says little about what is inside.

use super::CryptoError;
use zeroize::Zeroizing;

/// The bucket for most records and messages.
pub const BUCKET: usize = 256;
/// The bucket for records that grow a little at a time (a goal gains a deposit,
/// the set of deleted ids gains an id), so a copy taken after each change does
/// not show each small step.
pub const LARGE_BUCKET: usize = 4096;

/// `[u32 little-endian length][data][zeros]`, rounded up to a multiple of `bucket`.
pub fn pad(data: &[u8], bucket: usize) -> Zeroizing<Vec<u8>> {
    let len = u32::try_from(data.len()).expect("a record is far below 4 GiB");
    let total = (4 + data.len()).div_ceil(bucket) * bucket;
    let mut out = Zeroizing::new(Vec::with_capacity(total));
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(data);
    out.resize(total, 0);
    out
}

pub fn unpad(padded: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    Ok(Zeroizing::new(unpadded(padded)?.to_vec()))
}

/// The data inside `padded`, without copying it.
pub fn unpadded(padded: &[u8]) -> Result<&[u8], CryptoError> {
    let (len, rest) = padded.split_at_checked(4).ok_or(CryptoError::Damaged)?;
    let len = u32::from_le_bytes(len.try_into().expect("four bytes")) as usize;
    rest.get(..len).ok_or(CryptoError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_to_buckets_and_round_trips() {
        assert_eq!(pad(b"", BUCKET).len(), 256);
        assert_eq!(pad(&[7u8; 252], BUCKET).len(), 256);
        assert_eq!(pad(&[7u8; 253], BUCKET).len(), 512);
        assert_eq!(pad(&[7u8; 253], LARGE_BUCKET).len(), 4096);
        let data = b"Hari ini aku belajar menjahit.";
        assert_eq!(unpad(&pad(data, BUCKET)).unwrap().as_slice(), data);
    }

    #[test]
    fn refuses_a_length_beyond_the_data() {
        let mut p = pad(b"abc", BUCKET);
        p[..4].copy_from_slice(&1000u32.to_le_bytes());
        assert_eq!(unpad(&p), Err(CryptoError::Damaged));
        assert_eq!(unpad(&[1, 2]), Err(CryptoError::Damaged));
    }
}
