# Langkah — Bahasa Indonesia (bahasa bawaan).
# Nada: hangat, sederhana, tidak menghakimi.

## Baris perintah

cli-no-app-yet = Tampilan aplikasi sedang disiapkan. Untuk sekarang, gunakan perintah `langkah init` dan `langkah account`. Ketik `langkah --help` untuk melihat semuanya.
cli-prompt-passphrase = Kata sandi:
cli-prompt-new-passphrase = Kata sandi baru (paling sedikit 8 huruf; beberapa kata lebih kuat):
cli-prompt-repeat-passphrase = Ketik kata sandi baru sekali lagi:
cli-prompt-setup-code = Kode penyiapan:
cli-prompt-recovery-code = Kode pemulihan:
cli-recovery-code-intro = Ini kode pemulihan Anda. Tulis dan simpan di tempat yang aman. Jika kata sandi terlupa, hanya kode ini yang bisa membuka akun Anda. Tidak ada orang lain yang bisa membukanya.
cli-recovery-confirm = Tekan Enter setelah kode ini tersimpan dengan aman.
cli-setup-code-intro = Kode penyiapan untuk { $alias } (berlaku { $hours } jam, hanya sekali pakai):
cli-init-done = Pusat "{ $centre }" sudah siap. Selamat datang, { $alias }.
cli-claim-done = Akun { $alias } sudah siap dipakai.
cli-passwd-done = Kata sandi sudah diganti. Kode pemulihan yang lama tidak berlaku lagi.
cli-recover-done = Akun { $alias } sudah dipulihkan dengan kata sandi baru. Kode pemulihan yang lama tidak berlaku lagi.
cli-account-added = Akun { $alias } ({ $role }) sudah dibuat.
cli-account-disabled = Akun { $alias } sudah dinonaktifkan. Isinya tetap tersimpan.
cli-account-enabled = Akun { $alias } sudah aktif kembali.
cli-account-removed = Akun { $alias } dan semua isinya sudah dihapus.
cli-failed-logins = { $count ->
    [one] Sejak Anda terakhir masuk, ada 1 percobaan masuk dengan kata sandi yang salah: { $times }.
   *[other] Sejak Anda terakhir masuk, ada { $count } percobaan masuk dengan kata sandi yang salah: { $times }.
}
cli-never = belum pernah
cli-list-header = nama	peran	status	dibuat	terakhir masuk

role-facilitator = fasilitator
role-participant = peserta
role-mentor = pendamping

status-unclaimed = belum diklaim
status-active = aktif
status-disabled = nonaktif

## Pesan kesalahan

err-not-set-up = Belum ada pusat yang disiapkan di folder data ini. Mulailah dengan `langkah init`.
err-already-set-up = Pusat sudah disiapkan di folder data ini.
err-wrong-credentials = Nama atau kata sandi belum cocok. Silakan coba lagi dengan tenang.
err-wrong-credentials-wait = Nama atau kata sandi belum cocok. Silakan coba lagi dalam { $seconds } detik.
err-try-later = Terlalu banyak percobaan. Silakan coba lagi dalam { $seconds } detik.
err-account-disabled = Akun ini sedang nonaktif. Silakan bicara dengan fasilitator.
err-not-allowed = Hanya fasilitator yang bisa melakukan ini.
err-unknown-account = Tidak ada akun dengan nama itu.
err-alias-taken = Nama itu sudah dipakai. Silakan pilih nama lain.
err-alias-empty = Nama tidak boleh kosong.
err-alias-too-long = Nama terlalu panjang (paling banyak 32 huruf).
err-alias-bad-character = Nama hanya boleh berisi huruf, angka, spasi, titik, tanda hubung dan garis bawah.
err-passphrase-too-short = Kata sandi perlu paling sedikit 8 huruf. Beberapa kata yang mudah Anda ingat bisa menjadi kata sandi yang kuat.
err-passphrases-differ = Kedua kata sandi tidak sama. Silakan ketik lagi.
err-bad-setup-code = Kode penyiapan terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JK12.
err-bad-recovery-code = Kode pemulihan terdiri dari 24 huruf dan angka, dalam enam kelompok berisi empat.
err-last-facilitator = Fasilitator aktif yang terakhir tidak bisa dinonaktifkan atau dihapus.
err-conflict = Akun ini baru saja berubah di jendela lain. Silakan mulai lagi.
err-tampered = Kunci yang tersimpan tidak cocok. Mungkin file data telah diubah orang lain. Jangan lanjutkan; bicaralah dengan fasilitator.
err-damaged = Sebagian data rusak atau telah diubah, jadi tidak dibuka.
err-kdf-too-high = File ini meminta kerja penguncian yang terlalu berat, jadi ditolak.
err-kdf-too-low = File ini dikunci terlalu lemah, jadi ditolak.
err-db-not-database = File data rusak atau bukan file Langkah.
err-db-too-new = File data ini dibuat oleh versi Langkah yang lebih baru. Silakan pakai versi yang lebih baru.
err-db-busy = File data sedang dipakai di jendela lain. Silakan coba lagi sebentar lagi.
err-db-other = File data tidak bisa dibaca atau ditulis.
err-dir-no-home = Tidak ada folder rumah untuk menyimpan data. Pilih folder dengan --data-dir.
err-dir-symlink = Folder data adalah tautan (symlink), jadi tidak dipakai demi keamanan.
err-dir-not-folder = Tempat data yang dipilih bukan folder.
err-dir-too-open = Folder data bisa dibuka pengguna lain. Batasi dulu aksesnya (misalnya `chmod 700`).
err-dir-not-owner = Folder data milik pengguna lain, jadi tidak dipakai.
err-dir-io = Folder data tidak bisa dipakai.
err-input-closed = Masukan berakhir sebelum semua yang diperlukan diketik.
err-terminal = Tidak bisa membaca dari terminal. Gunakan --passphrase-stdin.
err-remove-needs-yes = Menghapus akun tidak bisa dibatalkan: semua isinya ikut hilang. Jika Anda yakin, ulangi perintah dengan --yes.
