# Langkah — Bahasa Indonesia (bahasa bawaan).
# Nada: hangat, sederhana, tidak menghakimi.

## Baris perintah

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

status-unclaimed = belum dipakai
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
err-passphrase-too-short = Kata sandi perlu paling sedikit 8 karakter. Beberapa kata yang mudah Anda ingat bisa menjadi kata sandi yang kuat.
err-passphrase-too-easy = Kata sandi ini mudah ditebak, misalnya kata umum atau nama dengan angka. Pakai beberapa kata yang tidak berhubungan.
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
err-db-too-old = File data ini dibuat oleh versi uji coba Langkah yang lama. Versi ini tidak bisa membukanya. Minta fasilitator menyiapkan folder data yang baru.
err-db-altered = Susunan file data telah diubah di luar aplikasi. Demi keamanan, file ini tidak dibuka. Bicaralah dengan fasilitator.
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

## The app screens

too-small = Jendela ini terlalu kecil. Silakan perbesar jendela sampai paling sedikit { $width } kolom × { $height } baris.
busy = Sebentar…
exit-tmux-note = Catatan: tmux atau screen menyimpan riwayat layarnya sendiri, dan Langkah tidak bisa menghapusnya. Tutup jendela itu agar riwayatnya hilang.

## Dates

date-long = { $weekday }, { $day } { $month } { $year }
day-monday = Senin
day-tuesday = Selasa
day-wednesday = Rabu
day-thursday = Kamis
day-friday = Jumat
day-saturday = Sabtu
day-sunday = Minggu
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember

## Keys

key-hide = Sembunyikan
key-help = Bantuan
key-quit = Keluar dari aplikasi
key-up = Naik
key-down = Turun
key-choose = Pilih
key-back = Kembali
key-next = Lanjut
key-next-field = Kolom berikutnya
key-prev-field = Kolom sebelumnya
key-login = Masuk
key-language = English
key-forgot = Lupa kata sandi
key-first-login = Pertama kali masuk
key-tick-kept = Centang "sudah saya tulis"
key-continue = Lanjut
key-cancel = Batal
key-open = Buka
key-add-account = Tambah akun
key-toggle-account = Nonaktifkan / aktifkan
key-less = Kurangi
key-more = Tambah
key-close-help = Tutup bantuan
key-yes = Ya
key-no = Tidak

## Form fields

field-alias = Nama
field-passphrase = Kata sandi
field-centre-name = Nama tempat
field-your-alias = Nama Anda
field-new-passphrase = Kata sandi baru
field-repeat-passphrase = Ulangi kata sandi
field-new-alias = Nama akun
field-setup-code = Kode penyiapan
field-recovery-code = Kode pemulihan
field-current-passphrase = Kata sandi sekarang

passphrase-hint = Tip: beberapa kata biasa yang tidak saling berhubungan menjadi kata sandi yang kuat.
passphrase-suggestion = Saran kata sandi: { $words }. Boleh dipakai, boleh juga memilih kata sendiri. Pastikan tidak ada yang melihat layar.

## First run

wizard-title = Selamat datang di Langkah
wizard-welcome = Selamat datang. Mari siapkan Langkah di komputer ini. Hanya butuh beberapa menit.
wizard-choose-language = Pilih bahasa utama / Choose the main language:
wizard-intro = Tulis nama tempat ini dan nama Anda sebagai fasilitator, lalu pilih kata sandi Anda.
err-centre-empty = Nama tempat belum diisi.
first-participant-title = Akun peserta pertama
first-participant-intro = Jika mau, buat sekarang akun untuk peserta pertama. Tulis nama panggilannya, lalu tekan Enter. Tekan Esc untuk melewati langkah ini.

## Login

login-title = Masuk
login-intro = Tulis nama dan kata sandi Anda.
login-wait = Silakan tunggu { $seconds } detik, lalu coba lagi.
login-names = Nama yang terdaftar:
claim-title = Pertama kali masuk
claim-intro = Tulis nama Anda dan kode penyiapan dari fasilitator, lalu pilih kata sandi Anda sendiri. Hanya Anda yang tahu kata sandi ini.
recover-title = Lupa kata sandi
recover-intro = Tulis nama Anda dan kode pemulihan yang Anda simpan, lalu pilih kata sandi baru.
change-passphrase-title = Ganti kata sandi
change-passphrase-intro = Tulis kata sandi Anda sekarang, lalu kata sandi baru dua kali. Anda akan mendapat kode pemulihan baru.

## Codes to keep

recovery-title = Kode pemulihan Anda
recovery-intro-new = Ini kode pemulihan Anda. Jika suatu hari Anda lupa kata sandi, hanya kode ini yang bisa membuka akun Anda. Tidak ada orang lain yang bisa membukanya, fasilitator pun tidak.
recovery-intro-replaced = Ini kode pemulihan Anda yang baru. Kode yang lama tidak berlaku lagi.
recovery-advice = Tulis kode ini di kertas dan simpan di tempat yang aman, terpisah dari kata sandi Anda. Jangan memotretnya dengan ponsel orang lain.
recovery-kept = Sudah saya tulis dan simpan dengan aman.
notice-tick-first = Tekan Spasi untuk mencentang setelah kode disimpan, lalu tekan Enter.
notice-passphrase-changed = Kata sandi Anda sudah diganti.
setup-code-title = Kode penyiapan
setup-code-intro = Kode penyiapan untuk { $alias }:
setup-code-advice = Berikan kode ini langsung kepadanya. Kode ini hanya bisa dipakai sekali dan berlaku { $hours } jam. Dia akan memilih kata sandinya sendiri saat pertama kali masuk.

## Home

home-title = Halo, { $alias }
home-failed-logins = Sejak Anda terakhir masuk, ada { $count } kali percobaan masuk dengan kata sandi yang salah untuk nama Anda (terakhir { $date }, pukul { $time }). Jika itu bukan Anda, pertimbangkan untuk mengganti kata sandi.
home-unreadable = { $count ->
    [one] 1 bagian data tidak bisa dibuka.
   *[other] { $count } bagian data tidak bisa dibuka.
} Yang lain aman dan tetap ada. Beri tahu fasilitator bahwa ada yang tidak cocok di file data.
home-returned = Sesuatu yang sudah Anda hapus muncul lagi. Sekarang sudah dihapus lagi.
home-unopened-messages = { $count ->
    [one] 1 pesan tidak bisa dibuka, jadi sudah dibuang.
   *[other] { $count } pesan tidak bisa dibuka, jadi sudah dibuang.
}
home-mismatch-fixed = Ada yang tidak cocok di file data. Sudah dibetulkan, dan tulisan Anda aman. Beri tahu fasilitator.
home-prompt-intro = Untuk direnungkan hari ini:
prompt-daily-1 = Apa satu hal kecil yang berjalan baik hari ini?
prompt-daily-2 = Apa yang sedang Anda harapkan minggu ini?
prompt-daily-3 = Siapa yang membuat Anda tersenyum akhir-akhir ini?
prompt-daily-4 = Apa yang ingin Anda pelajari berikutnya?
prompt-daily-5 = Langkah kecil apa yang bisa Anda ambil besok?
home-mentor-nothing-yet = Belum ada tulisan yang dibagikan kepada Anda.
home-facilitator-intro = Di sini Anda mengatur akun dan pengaturan. Anda tidak bisa membaca tulisan peserta, dan itu memang disengaja.
menu-accounts = Akun
menu-settings = Pengaturan
menu-privacy = Siapa bisa melihat apa
menu-change-passphrase = Ganti kata sandi
menu-lock = Kunci sekarang

## Accounts

accounts-title = Akun
accounts-alias = Nama
accounts-role = Peran
accounts-status = Status
accounts-last-login = Terakhir masuk
accounts-never = belum pernah
choose-role-intro = Akun baru ini untuk siapa?
add-account-title = Tambah akun
add-account-intro = Tulis nama panggilan untuk akun { $role } yang baru. Dia akan memilih kata sandinya sendiri.
confirm-title = Yakin?
confirm-disable = Nonaktifkan akun { $alias }? Semua isinya tetap tersimpan, dan akun bisa diaktifkan lagi. (y = ya, n = tidak)
confirm-enable = Aktifkan lagi akun { $alias }? (y = ya, n = tidak)

## Settings

settings-title = Pengaturan
settings-intro = Pengaturan ini berlaku untuk semua orang di komputer ini. Gunakan ← dan → untuk mengubah; perubahan langsung disimpan.
settings-language = Bahasa utama
settings-auto-lock = Kunci otomatis setelah tidak dipakai
settings-minutes = { $minutes } menit
settings-show-names = Tampilkan daftar nama saat masuk
settings-on = ya
settings-off = tidak

## Who can see what

privacy-title = Siapa bisa melihat apa
privacy-private-title = Milik Anda saja
privacy-private = Semua yang Anda tulis dan semua angka yang Anda masukkan dikunci dengan kata sandi Anda sebelum disimpan. Tanpa kata sandi Anda atau kode pemulihan Anda, tidak ada yang bisa membacanya, termasuk orang yang menyalin file data.
privacy-facilitator-title = Yang bisa dilihat fasilitator
privacy-facilitator = Fasilitator bisa melihat nama akun, perannya, apakah akun aktif, dan kapan terakhir dipakai. Fasilitator tidak bisa membaca tulisan, tujuan, atau jumlah uang Anda, dan tidak bisa membuka akun Anda.
privacy-sharing-title = Berbagi
privacy-sharing = Belum ada yang bisa dibagikan dari aplikasi ini. Nanti, saat berbagi sudah tersedia, tidak ada yang dibagikan kecuali Anda sendiri yang memilih tulisan satu per satu dan melihatnya dulu.
privacy-hide-title = Sembunyikan dengan cepat
privacy-hide = Tekan F12 atau Ctrl+G kapan saja. Langkah langsung terkunci dan menampilkan layar masuk yang kosong. Langkah juga terkunci sendiri jika lama tidak dipakai.
privacy-limits-title = Yang tidak bisa dicegah
privacy-limits = Orang yang mengendalikan komputer ini sepenuhnya bisa saja memasang alat perekam. Jangan mengetik kata sandi saat ada orang yang melihat, dan jangan berikan kata sandi Anda kepada siapa pun.

## Help

help-title = Bantuan
help-general = Tombol yang bisa dipakai di layar ini:
help-login = Tulis nama Anda, tekan Tab atau ↓ untuk pindah ke kata sandi, lalu tekan Enter. Jika baru menerima kode penyiapan, tekan F4. Jika lupa kata sandi, tekan F3.
help-form = Isi setiap kolom. Enter pindah ke kolom berikutnya dan mengirim di kolom terakhir. Esc kembali tanpa menyimpan.
help-recovery-code = Tulis kode ini di kertas. Tekan Spasi untuk mencentang setelah menyimpannya, lalu Enter.
help-hide-and-quit = F12 atau Ctrl+G mengunci dan menyembunyikan layar seketika. F10 mengunci dan menutup aplikasi sepenuhnya, lalu membersihkan layar.

## Journal

menu-write = Tulis catatan baru
menu-write-with-prompt = Tulis dengan pertanyaan pemandu
menu-journal = Jurnal saya
home-on-this-day = Pada tanggal ini, dulu:
journal-title = Jurnal saya
journal-search = Cari:
journal-count = { $shown } dari { $total } catatan
journal-filtered = disaring:
journal-empty = Belum ada catatan. Tekan n untuk mulai menulis. Tidak ada yang salah atau benar; tulis saja apa yang ada di hati.
journal-no-match = Tidak ada catatan yang cocok dengan saringan ini. Tekan f lalu x untuk menghapus saringan.
journal-modified = Diubah { $date }, pukul { $time }
journal-saved = Catatan sudah disimpan.
journal-deleted = Catatan sudah dihapus.
journal-nothing-to-save = Catatan ini masih kosong, jadi belum ada yang disimpan.
filter-last-days = { $days } hari terakhir
checkin-not-set = belum diisi
checkin-mood = Suasana hati
checkin-hope = Harapan
checkin-calm = Ketenangan
checkin-confidence = Percaya diri
mood-1 = berat
mood-2 = kurang baik
mood-3 = biasa saja
mood-4 = baik
mood-5 = sangat baik
level-1 = sangat sedikit
level-2 = sedikit
level-3 = cukup
level-4 = banyak
level-5 = sangat banyak
editor-title-new = Catatan baru
editor-title-edit = Ubah catatan
editor-date = Tanggal
editor-entry-title = Judul
editor-tags = Label
editor-body = Tulisan Anda
editor-body-empty = (tekan Tab sampai ke sini, lalu mulai menulis)
editor-hint-choice = ← dan → untuk mengubah. Tab pindah ke bagian berikutnya. Semua bagian boleh dikosongkan.
editor-hint-text = Tulisan disimpan sebagai draf setiap beberapa detik. F2 menyimpan catatan. Ctrl+U mengurungkan, Ctrl+R mengulang.
prompts-title = Pertanyaan pemandu
prompts-intro = Pilih kumpulan pertanyaan. Pertanyaan akan tampil di atas tulisan Anda; Anda bebas menjawab atau tidak.
prompts-reflection-on = Renungan (sabar, syukur, ikhlas) ditampilkan. Tekan r untuk menyembunyikannya.
prompts-reflection-off = Ada juga kumpulan renungan (sabar, syukur, ikhlas). Tekan r jika ingin menampilkannya.
prompts-set-everyday = Sehari-hari
prompts-set-hope = Harapan dan syukur
prompts-set-worries = Kekhawatiran dan yang membantu
prompts-set-learned = Yang saya pelajari
prompts-set-plans = Rencana saya
prompts-set-reflection = Renungan
prompt-everyday-1 = Bagaimana hari Anda hari ini?
prompt-everyday-2 = Apa yang membuat Anda tersenyum hari ini?
prompt-everyday-3 = Dengan siapa Anda bicara hari ini, dan bagaimana rasanya?
prompt-everyday-4 = Apa yang ingin Anda ingat dari hari ini?
prompt-hope-1 = Apa yang Anda harapkan untuk bulan depan?
prompt-hope-2 = Tuliskan tiga hal kecil yang Anda syukuri.
prompt-hope-3 = Siapa yang pernah membantu Anda, dan bagaimana?
prompt-hope-4 = Seperti apa hari yang baik bagi Anda setahun lagi?
prompt-worries-1 = Apa yang sedang membuat Anda khawatir?
prompt-worries-2 = Apa yang biasanya membantu saat hati terasa berat?
prompt-worries-3 = Kepada siapa Anda bisa bercerita saat butuh teman?
prompt-worries-4 = Apa satu hal kecil yang bisa membuat besok sedikit lebih ringan?
prompt-learned-1 = Apa yang Anda pelajari hari ini?
prompt-learned-2 = Keterampilan apa yang sedang Anda latih?
prompt-learned-3 = Kapan terakhir kali Anda merasa bangga pada diri sendiri?
prompt-learned-4 = Apa yang akan Anda lakukan dengan cara lain lain kali?
prompt-plans-1 = Langkah kecil apa yang akan Anda ambil minggu ini?
prompt-plans-2 = Apa yang Anda butuhkan untuk usaha Anda?
prompt-plans-3 = Siapa yang bisa membantu rencana Anda?
prompt-plans-4 = Apa tujuan Anda untuk tiga bulan ke depan?
prompt-reflection-sabar = Sabar: kapan Anda berhasil bersabar akhir-akhir ini, dan apa yang menolong Anda?
prompt-reflection-syukur = Syukur: apa yang Anda syukuri hari ini, sekecil apa pun?
prompt-reflection-ikhlas = Ikhlas: apa yang ingin Anda lepaskan dengan lapang hati?
filters-title = Saring catatan
filters-intro = Pilih apa yang ingin ditampilkan. Gunakan ↑ dan ↓ untuk memilih baris, ← dan → untuk mengubah.
filters-tag = Label
filters-mood = Suasana hati
filters-period = Waktu
filters-all = semua
filters-all-time = sejak awal
chart-title = Bagaimana kabar saya ({ $days } hari)
chart-intro = Anda mengisi perasaan pada { $count } dari { $days } hari terakhir. Hari yang kosong tidak apa-apa.
chart-wellbeing = Harapan, ketenangan, percaya diri
draft-title = Tulisan yang belum selesai
draft-intro = Ada tulisan yang belum selesai untuk { $date }:
draft-question = Lanjutkan menulis? Tekan Enter untuk melanjutkan, Esc untuk nanti saja, atau d untuk membuangnya.
confirm-delete-entry = Hapus catatan ini untuk selamanya? Catatan yang dihapus tidak bisa dikembalikan. (y = ya, n = tidak)
confirm-leave-editor = Simpan catatan ini? y = simpan, n = buang perubahan, Esc = lanjut menulis.
confirm-discard-draft = Buang tulisan yang belum selesai ini? Tulisan itu tidak bisa dikembalikan. (y = ya, n = tidak)
key-page-up = Halaman sebelumnya
key-page-down = Halaman berikutnya
key-read = Baca
key-new-entry = Tulis baru
key-search = Cari
key-filters = Saring
key-chart = Grafik
key-prompts = Pertanyaan pemandu
key-search-done = Selesai mencari
key-search-clear = Hapus pencarian
key-edit = Ubah
key-delete = Hapus
key-save = Simpan
key-close = Tutup
key-reflection = Renungan
key-prev-choice = Pilihan sebelumnya
key-next-choice = Pilihan berikutnya
key-clear-filters = Hapus saringan
key-show-entries = Lihat catatan
key-chart-range = 30 / 90 hari
key-continue-writing = Lanjutkan
key-discard = Buang
key-later = Nanti saja
help-journal = Catatan Anda, yang terbaru di atas. Tekan / lalu ketik untuk mencari; huruf besar-kecil dan tanda aksen tidak berpengaruh.
help-editor = Tulis dengan bebas. Tab pindah antara tulisan, judul, label, tanggal dan perasaan; pada tanggal dan perasaan, ← dan → mengubah pilihan. Ctrl+← dan Ctrl+→ melompati kata. Ctrl+U mengurungkan, Ctrl+R mengulang. F2 menyimpan. Draf disimpan otomatis setiap beberapa detik.
key-name-space = Spasi

## Goals

menu-goals = Tujuan saya
home-goals = Tabungan saya:
field-goal-name = Nama tujuan
field-goal-target = Jumlah yang ingin dikumpulkan
field-goal-target-date = Target tanggal (boleh kosong)
field-goal-why = Mengapa ini penting bagi saya
field-amount = Jumlah
field-date-today = Tanggal (kosong = hari ini)
field-note = Catatan (boleh kosong)
field-business-what = Apa yang akan saya jual atau buat
field-business-for-whom = Untuk siapa
field-business-where = Di mana
field-business-capital = Modal awal yang dibutuhkan
field-business-costs = Biaya rutin per bulan
field-milestone = Langkah
field-milestone-date = Tanggal (boleh kosong)
field-sales = Penjualan hari itu
field-expenses = Pengeluaran hari itu
err-money-empty = Jumlahnya belum diisi. Contoh: 500rb atau 1.250.000.
err-money-unclear = Jumlah ini bisa dibaca lebih dari satu cara. Tulis misalnya 1.250.000, 1250000, 1,25 jt atau 500rb.
err-money-negative = Jumlah tidak boleh kurang dari nol. Untuk mengambil uang, pakai tombol - di tujuan tabungan.
err-money-zero = Jumlahnya perlu lebih dari nol.
err-money-too-large = Jumlah ini terlalu besar (paling banyak Rp 10 miliar). Periksa lagi angka nolnya.
err-money-not-whole = Jumlahnya perlu dalam rupiah utuh. Contoh: 1,25 jt atau 1.250.000.
err-date-unclear = Tanggal belum bisa dibaca. Tulis misalnya 23-11-2026, atau kosongkan.
err-goal-name-empty = Beri nama dulu, misalnya "Gerobak gorengan".
err-milestone-empty = Tulis dulu langkahnya, misalnya "Urus izin usaha".
err-withdraw-more-than-balance = Jumlah yang diambil lebih besar dari tabungan di tujuan ini.
goal-saved = Tersimpan.
goal-deleted = Tujuan sudah dihapus.
goal-celebrate = Sudah { $percent }% tercapai. Langkah demi langkah.
goal-celebrate-100 = Tujuan ini sudah tercapai. Selamat, Anda berhasil!
goal-new-savings-title = Tujuan tabungan baru
goal-new-savings-intro = Untuk apa Anda menabung? Tulis namanya dan jumlah yang ingin dikumpulkan.
goal-deposit-title = Menabung
goal-deposit-intro = Berapa yang Anda tabung? Contoh: 50rb, 50.000 atau 1,5 jt.
goal-withdraw-title = Mengambil tabungan
goal-withdraw-intro = Berapa yang Anda ambil? Itu wajar; hidup memang butuh biaya.
goal-new-business-title = Rencana usaha baru
goal-new-business-intro = Ceritakan usaha yang Anda rencanakan. Jumlah uang boleh dikosongkan dulu.
goal-milestone-title = Langkah baru
goal-milestone-intro = Langkah apa yang perlu Anda ambil? Contoh: belajar resep, beli kompor, urus izin, hari pertama berjualan.
goal-log-day-title = Catat hari usaha
goal-log-day-intro = Berapa penjualan dan pengeluaran hari itu?
confirm-delete-goal = Hapus tujuan ini beserta semua catatannya untuk selamanya? Tidak bisa dikembalikan. (y = ya, n = tidak)
goals-title = Tujuan saya
goals-title-archived = Tujuan saya (termasuk yang disimpan)
goals-empty = Belum ada tujuan. Tekan n untuk tujuan tabungan, atau b untuk rencana usaha.
goal-progress = { $percent }% · { $saved } dari { $target }
goal-archived = disimpan
goal-target-date = Target: { $date }
goal-chart-later = Grafik muncul setelah ada tabungan di dua hari yang berbeda.
goal-movements = Tabungan dan pengambilan:
goal-no-movements = Belum ada. Tekan + untuk menabung.
projection-reached = Tujuan ini sudah tercapai.
projection-too-early = Perkiraan waktu muncul setelah tiga kali menabung.
projection-no-progress = Dalam delapan minggu terakhir tabungan belum bertambah, jadi belum ada perkiraan. Tidak apa-apa; mulai lagi kapan saja.
projection-finish = Dengan cara menabung seperti sekarang, tujuan ini bisa tercapai sekitar { $date }.
projection-finish-after-target = Target tanggalnya sudah lewat. Dengan cara menabung sekarang, tujuan ini bisa tercapai sekitar { $date }.
business-status = Keadaan
business-status-idea = ide
business-status-preparing = persiapan
business-status-running = berjalan
business-status-paused = berhenti sejenak
business-for-whom-where = Untuk: { $whom } · Di: { $place }
business-costs = Modal: { $capital } · Biaya per bulan: { $costs }
business-capital-from = Modal dari tabungan "{ $goal }"
business-capital-not-linked = Belum terhubung ke tabungan. Tekan l untuk memilih tujuan tabungan.
business-capital-progress = { $saved } dari { $needed }
business-milestones = Langkah-langkah:
business-no-milestones = Belum ada. Tekan m untuk menambah langkah.
business-profit = Untung:
business-no-log = Belum ada catatan hari usaha. Tekan c untuk mencatat.
business-profit-week = Minggu mulai { $date }: { $profit }
business-profit-month = { $month }: { $profit }
key-new-savings = Tabungan baru
key-new-business = Rencana usaha baru
key-archive = Simpan / kembalikan
key-show-archived = Tampilkan yang disimpan
key-deposit = Menabung
key-withdraw = Mengambil
key-tick-milestone = Centang langkah
key-add-milestone = Tambah langkah
key-log-day = Catat hari
key-status = Ubah keadaan
key-link-capital = Hubungkan tabungan
settings-currency = Mata uang
journal-no-match-search = Tidak ada catatan yang cocok dengan pencarian ini. Coba kata lain, atau tekan Esc di kolom cari untuk menghapusnya.

err-wrong-setup-code = Nama atau kode penyiapan belum cocok, atau kodenya sudah terpakai atau kedaluwarsa. Periksa lagi, atau minta kode baru kepada fasilitator.
err-wrong-recovery-code = Nama atau kode pemulihan belum cocok. Periksa lagi kode di kertas Anda; huruf besar-kecil dan tanda hubung tidak berpengaruh.
err-wrong-current-passphrase = Kata sandi yang sekarang belum cocok. Silakan coba lagi.
err-too-many-attempts = Terlalu banyak percobaan untuk nama ini. Tunggu sebentar, lalu coba lagi.
err-already-claimed = Akun ini sudah dipakai pemiliknya, jadi tidak perlu kode penyiapan lagi. Jika dia lupa kata sandinya, dia bisa memakai kode pemulihannya.
key-new-code = Kode penyiapan baru
key-remove-account = Hapus akun
err-remove-yourself = Anda tidak bisa menghapus akun Anda sendiri dari sini.
confirm-remove-account = Hapus akun { $alias } beserta semua isinya untuk selamanya? Tulisan dan tujuannya ikut hilang dan tidak bisa dikembalikan. (y = ya, n = tidak)
goal-edit-title = Ubah tujuan
goal-edit-intro = Ubah yang perlu diubah. Enter pindah ke kolom berikutnya dan menyimpan di kolom terakhir; Esc kembali tanpa mengubah apa pun.
key-remove-step = Hapus langkah
confirm-remove-step = Hapus langkah ini dari rencana? (y = ya, n = tidak)
err-crashed = Maaf, Langkah berhenti karena ada kesalahan. Yang sudah disimpan tetap aman. Silakan buka lagi.
home-plans = Rencana usaha:
home-plan-capital = modal { $percent }%
filters-from = Dari tanggal
filters-to = Sampai tanggal
filters-until-now = sampai sekarang
goal-form-handed-back = Ini yang sedang Anda isi sebelum terkunci. Lanjutkan, atau tekan Esc untuk membatalkannya.
mentor-keygen-card-intro = Ini kartu Anda. Berikan kartu ini kepada pusat. Kartu juga tersimpan di file.
mentor-keygen-words = Baris terakhir adalah enam kata cek Anda. Bacakan kata-kata ini saat bertemu. Dengan begitu, orang lain bisa memastikan kartu ini memang milik Anda.
mentor-keygen-done = Kunci tersimpan di { $key }. Kartu tersimpan di { $card }. Kartu orang lain nanti tersimpan di { $pins }. Jangan lupa kata sandi kunci ini. Tanpa kata sandi itu, kunci tidak bisa dibuka.
mentor-err-file-exists = File { $path } sudah ada. Pilih nama lain supaya file itu tidak tertimpa.
mentor-err-cant-write = File { $path } tidak bisa ditulis. Periksa foldernya, lalu coba lagi.
