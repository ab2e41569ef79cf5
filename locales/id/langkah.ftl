# Langkah — Bahasa Indonesia (bahasa bawaan).
# Nada: hangat, sederhana, tidak menghakimi.

## Baris perintah

cli-prompt-new-passphrase = Kata sandi baru (paling sedikit 8 huruf atau angka, spasi ikut dihitung. Beberapa kata lebih kuat):
cli-prompt-repeat-passphrase = Ketik kata sandi baru sekali lagi:
cli-prompt-setup-code = Kode awal:
cli-prompt-recovery-code = Kode cadangan:
cli-recovery-code-intro = Ini kode cadangan Anda. Tulis di kertas dan simpan di tempat yang aman. Jika lupa kata sandi, hanya kode ini yang bisa membuka akun. Tidak ada orang lain yang bisa membukanya.
cli-recovery-confirm = Tekan Enter setelah kode ini tersimpan dengan aman.
cli-setup-code-intro = Kode awal untuk { $alias } (berlaku { $hours } jam, hanya sekali pakai):
cli-init-done = Langkah di "{ $centre }" sudah siap. Selamat datang, { $alias }.
cli-claim-done = Akun { $alias } sudah siap dipakai.
cli-passwd-done = Kata sandi sudah diganti. Kode cadangan yang lama tidak berlaku lagi.
cli-recover-done = Akun { $alias } sudah bisa dibuka lagi dengan kata sandi baru. Kode cadangan yang lama tidak berlaku lagi.
cli-account-added = Akun { $alias } ({ $role }) sudah dibuat.
cli-account-disabled = Akun { $alias } sudah dinonaktifkan. Isinya tetap tersimpan.
cli-account-enabled = Akun { $alias } sudah aktif kembali.
cli-account-removed = Akun { $alias } dan semua isinya sudah dihapus.
cli-failed-logins = Sejak terakhir masuk, kata sandi yang salah diketik { $count } kali untuk nama Anda: { $times }. Mungkin hanya salah ketik.
cli-never = belum pernah
cli-list-header = nama	peran	status	dibuat	terakhir masuk

role-facilitator = fasilitator
role-participant = peserta
role-mentor = pendamping

status-unclaimed = belum dipakai
status-active = aktif
status-disabled = nonaktif

## Pesan kesalahan

err-not-set-up = Langkah belum disiapkan di folder data ini. Mulailah dengan `langkah init`.
err-already-set-up = Langkah sudah disiapkan di folder data ini.
err-wrong-credentials = Nama atau kata sandi belum cocok. Coba lagi pelan-pelan saja.
err-wrong-credentials-wait = Nama atau kata sandi belum cocok. Coba lagi dalam { $seconds } detik.
err-try-later = Terlalu banyak percobaan. Coba lagi dalam { $seconds } detik.
err-account-disabled = Akun ini sedang nonaktif. Silakan bicara dengan fasilitator.
err-not-allowed = Hanya fasilitator yang bisa melakukan ini.
err-unknown-account = Tidak ada akun dengan nama itu.
err-alias-taken = Nama itu sudah dipakai. Pilih nama lain.
err-alias-empty = Nama tidak boleh kosong.
err-alias-too-long = Nama terlalu panjang (paling banyak 32 huruf atau angka).
err-alias-bad-character = Nama hanya boleh berisi huruf, angka, spasi, titik, tanda hubung dan garis bawah.
err-passphrase-too-short = Kata sandi perlu paling sedikit 8 huruf atau angka (spasi ikut dihitung). Beberapa kata yang mudah diingat bisa menjadi kata sandi yang kuat.
err-passphrase-too-easy = Kata sandi ini mudah ditebak, misalnya kata umum atau nama dengan angka. Pakai beberapa kata yang tidak saling berhubungan.
err-passphrases-differ = Kedua kata sandi tidak sama. Silakan ketik lagi.
err-bad-setup-code = Kode awal terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JK12.
err-bad-recovery-code = Kode cadangan terdiri dari 24 huruf dan angka, dalam enam kelompok berisi empat.
err-last-facilitator = Fasilitator aktif yang terakhir tidak bisa dinonaktifkan atau dihapus.
err-conflict = Akun ini baru saja berubah di jendela lain. Silakan mulai lagi.
err-tampered = Ada yang tidak cocok di file data, jadi Langkah berhenti untuk menjaga isinya. Mohon beri tahu fasilitator.
err-damaged = Sebagian data rusak atau telah diubah, jadi tidak dibuka.
err-kdf-too-high = File ini tidak dibuka karena pengaturan kuncinya tidak wajar.
err-kdf-too-low = File ini tidak dibuka karena kuncinya terlalu lemah.
err-db-not-database = File data rusak atau bukan file Langkah.
err-db-too-new = File data ini dibuat oleh versi Langkah yang lebih baru. Pakailah versi yang lebih baru.
err-db-too-old = File data ini dibuat oleh versi uji coba Langkah yang lama. Versi ini tidak bisa membukanya. Minta fasilitator menyiapkan folder data yang baru.
err-db-altered = Susunan file data telah diubah di luar aplikasi. Demi keamanan, file ini tidak dibuka. Mohon beri tahu fasilitator.
err-db-busy = File data sedang dipakai di jendela lain. Coba lagi sebentar lagi.
err-db-other = File data tidak bisa dibaca atau ditulis.
err-dir-no-home = Tidak ada folder pengguna (home) untuk menyimpan data. Pilih folder dengan --data-dir.
err-dir-symlink = Folder data adalah tautan (symlink), jadi tidak dipakai demi keamanan.
err-dir-not-folder = Tempat data yang dipilih bukan folder.
err-dir-too-open = Folder data bisa dibuka pengguna lain. Batasi dulu aksesnya (misalnya `chmod 700`).
err-dir-not-owner = Folder data milik pengguna lain, jadi tidak dipakai.
err-dir-io = Folder data tidak bisa dipakai.
err-input-closed = Input berhenti sebelum semua isian diketik.
err-terminal = Tidak bisa membaca dari terminal. Gunakan --passphrase-stdin.
err-remove-needs-yes = Menghapus akun tidak bisa dibatalkan. Semua isinya ikut hilang. Jika yakin, ulangi perintah dengan --yes.

## The app screens

too-small = Jendela ini terlalu kecil. Silakan perbesar jendela sampai paling sedikit { $width } kolom × { $height } baris.
busy = Sebentar…
exit-tmux-note = Perhatian: tmux atau screen menyimpan riwayat layarnya sendiri, dan Langkah tidak bisa menghapusnya. Tutup jendela itu agar riwayatnya hilang.

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
key-less = Pilihan sebelumnya
key-more = Pilihan berikutnya
key-close-help = Tutup bantuan
key-yes = Ya
key-no = Tidak

## Form fields

field-alias = Nama
field-passphrase = Kata sandi
field-centre-name = Nama umum tempat ini
field-your-alias = Nama Anda
field-new-passphrase = Kata sandi baru
field-repeat-passphrase = Ulangi kata sandi
field-new-alias = Nama panggilan
field-setup-code = Kode awal
field-recovery-code = Kode cadangan
field-current-passphrase = Kata sandi sekarang

passphrase-hint = Kata sandi yang kuat: beberapa kata biasa yang tidak saling berhubungan. Mudah diingat, sulit ditebak orang lain.
passphrase-suggestion = Saran kata sandi: { $words }. Boleh dipakai, boleh juga memilih kata sendiri. Pastikan tidak ada yang melihat layar.

## First run

wizard-title = Selamat datang di Langkah
wizard-welcome = Selamat datang. Mari siapkan Langkah di komputer ini. Hanya butuh beberapa menit.
wizard-choose-language = Pilih bahasa utama / Choose the main language:
wizard-intro = Tulis nama umum untuk tempat ini, misalnya "Rumah Belajar", bukan nama lembaga. Nama tempat dan nama akun tidak dikunci, jadi bisa terlihat. Lalu tulis nama Anda dan buat kata sandi.
err-centre-empty = Nama tempat belum diisi.
first-participant-title = Akun peserta pertama
first-participant-intro = Jika mau, langsung buat akun untuk peserta pertama. Tulis nama panggilannya, bukan nama lengkap. Nama ini tidak dikunci, jadi bisa terlihat oleh orang lain di komputer ini. Tekan Enter, atau Esc untuk melewati langkah ini.

## Login

login-title = Masuk
login-intro = Tulis nama dan kata sandi.
login-wait = Coba lagi dalam { $seconds } detik.
login-names = Nama di komputer ini:
claim-title = Pertama kali masuk
claim-intro = Tulis nama dan kode awal dari fasilitator. Lalu buat kata sandi sendiri. Hanya Anda yang tahu kata sandi ini.
recover-title = Lupa kata sandi
recover-intro = Tulis nama dan kode cadangan yang disimpan di kertas. Lalu buat kata sandi baru.
change-passphrase-title = Ganti kata sandi
change-passphrase-intro = Tulis kata sandi sekarang, lalu kata sandi baru dua kali. Sesudah itu, kode cadangan yang baru akan ditampilkan.

## Codes to keep

recovery-title = Kode cadangan
recovery-intro-new = Ini kode cadangan Anda. Jika suatu hari lupa kata sandi, hanya kode ini yang bisa membuka akun. Tidak ada orang lain yang bisa membukanya, fasilitator pun tidak.
recovery-intro-replaced = Ini kode cadangan yang baru. Kode yang lama tidak berlaku lagi.
recovery-advice = Tulis kode ini di kertas dan simpan di tempat yang aman, terpisah dari kata sandi. Jangan memotretnya dengan ponsel orang lain.
recovery-kept = Sudah saya tulis dan simpan dengan aman.
notice-tick-first = Tekan Spasi untuk mencentang setelah kode disimpan, lalu tekan Enter.
notice-passphrase-changed = Kata sandi sudah diganti.
setup-code-title = Kode awal
setup-code-intro = Kode awal untuk { $alias }:
setup-code-advice = Berikan kode ini langsung kepadanya. Kode ini hanya bisa dipakai sekali dan berlaku { $hours } jam. Dia akan membuat kata sandinya sendiri saat pertama kali masuk.

## Home

home-title = Halo, { $alias }
home-failed-logins = Sejak terakhir masuk, kata sandi yang salah diketik { $count } kali untuk nama Anda (terakhir { $date }, pukul { $time }). Mungkin hanya salah ketik. Jika bukan Anda, sebaiknya ganti kata sandi.
home-unreadable = { $count ->
    [one] 1 bagian data tidak bisa dibuka.
   *[other] { $count } bagian data tidak bisa dibuka.
} Yang lain aman dan tetap ada. Mohon beri tahu fasilitator bahwa ada yang tidak cocok di file data.
home-returned = Sesuatu yang sudah dihapus muncul lagi. Sekarang sudah dihapus lagi.
home-unopened-messages = { $count ->
    [one] 1 pesan tidak bisa dibuka, jadi sudah dibuang.
   *[other] { $count } pesan tidak bisa dibuka, jadi sudah dibuang.
}
home-mismatch-fixed = Ada yang tidak cocok di file data. Sudah dibetulkan, dan tulisannya aman. Mohon beri tahu fasilitator.
home-prompt-intro = Pertanyaan untuk hari ini:
prompt-daily-1 = Apa satu hal kecil yang berjalan baik hari ini?
prompt-daily-2 = Apa yang sedang Anda harapkan minggu ini?
prompt-daily-3 = Siapa yang membuat Anda tersenyum akhir-akhir ini?
prompt-daily-4 = Apa yang ingin dipelajari selanjutnya?
prompt-daily-5 = Langkah kecil apa yang bisa diambil besok?
home-mentor-nothing-yet = Belum ada tulisan yang dibagikan kepada Anda.
home-facilitator-intro = Di sini Anda mengurus akun dan pengaturan. Tulisan peserta tidak bisa dibaca oleh fasilitator. Ini memang sengaja, untuk menjaga rahasia mereka.
menu-accounts = Akun
menu-settings = Pengaturan
menu-privacy = Apa yang bisa dilihat orang lain
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
add-account-intro = Tulis nama untuk akun { $role } yang baru. Pakai nama panggilan atau nama samaran, bukan nama lengkap. Nama ini tidak dikunci, jadi bisa terlihat oleh orang lain di komputer ini. Dia akan membuat kata sandinya sendiri.
confirm-title = Yakin?
confirm-disable = Nonaktifkan akun { $alias }? Semua isinya tetap tersimpan, dan akun bisa diaktifkan lagi. (y = ya, t = tidak)
confirm-enable = Aktifkan lagi akun { $alias }? (y = ya, t = tidak)

## Settings

settings-title = Pengaturan
settings-intro = Pengaturan ini berlaku untuk semua orang di komputer ini. Gunakan ← dan → untuk mengubah. Perubahan langsung disimpan.
settings-language = Bahasa utama
settings-auto-lock = Kunci otomatis setelah tidak dipakai
settings-minutes = { $minutes } menit
settings-show-names = Daftar nama di layar masuk (semua orang bisa melihatnya)
settings-on = ya
settings-off = tidak

## Who can see what

privacy-title = Apa yang bisa dilihat orang lain
privacy-private-title = Milik Anda saja
privacy-private = Semua tulisan dan jumlah uang Anda dikunci dengan kata sandi sebelum disimpan. Tanpa kata sandi atau kode cadangan, tidak ada yang bisa membacanya, juga orang yang menyalin file data.
privacy-facilitator-title = Yang bisa dilihat fasilitator
privacy-facilitator = Fasilitator bisa melihat nama akun, perannya, apakah akun aktif, dan kapan terakhir dipakai. Fasilitator tidak bisa membuka akun Anda, dan tidak bisa membaca tulisan, tujuan, atau jumlah uang di dalamnya.
privacy-sharing-title = Berbagi
privacy-sharing = Untuk sekarang, Langkah belum bisa membagikan apa pun. Nanti, tidak ada yang terbagi kecuali catatan yang Anda pilih sendiri satu per satu, setelah melihatnya dulu.
privacy-hide-title = Sembunyikan dengan cepat
privacy-hide = Tekan F12 atau Ctrl+G kapan saja. Langkah langsung terkunci dan menampilkan layar masuk yang kosong. Langkah juga terkunci sendiri jika lama tidak dipakai.
privacy-limits-title = Yang tidak bisa dicegah
privacy-limits = Orang yang menguasai komputer ini bisa saja memasang program yang merekam semua ketikan. Jangan mengetik kata sandi saat ada yang melihat, dan jangan beri tahu kata sandi kepada siapa pun.

## Help

help-title = Bantuan
help-general = Tombol yang bisa dipakai di layar ini:
help-login = Tulis nama, tekan Tab atau ↓ untuk pindah ke kata sandi, lalu tekan Enter. Jika baru menerima kode awal, tekan F4. Jika lupa kata sandi, tekan F3.
help-form = Isi setiap kolom. Enter pindah ke kolom berikutnya. Di kolom terakhir, Enter untuk selesai. Esc kembali tanpa menyimpan.
help-recovery-code = Tulis kode ini di kertas. Tekan Spasi untuk mencentang setelah menyimpannya, lalu Enter.
help-hide-and-quit = F12 atau Ctrl+G mengunci dan menyembunyikan layar seketika. F10 mengunci dan menutup aplikasi sepenuhnya, lalu membersihkan layar.

## Journal

menu-write = Tulis catatan baru
menu-write-with-prompt = Tulis dengan bantuan pertanyaan
menu-journal = Catatan saya
home-on-this-day = Ditulis pada tanggal yang sama:
journal-title = Catatan saya
journal-search = Cari:
journal-count = { $shown } dari { $total } catatan
journal-filtered = disaring:
journal-empty = Belum ada catatan. Tekan n untuk mulai menulis. Tidak ada yang benar atau salah. Tulis saja apa yang ada di hati.
journal-no-match = Tidak ada catatan yang cocok dengan saringan ini. Tekan f lalu x untuk menghapus saringan.
journal-modified = Diubah { $date }, pukul { $time }
journal-saved = Catatan sudah disimpan.
journal-deleted = Catatan sudah dihapus.
journal-on-this-day-on = Catatan lama dari tanggal yang sama akan tampil di beranda. Tekan o lagi untuk menyembunyikannya.
journal-on-this-day-off = Catatan lama tidak tampil di beranda.
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
level-hope-1 = hampir tidak ada
level-hope-2 = kecil
level-hope-3 = lumayan
level-hope-4 = besar
level-hope-5 = sangat besar
level-calm-1 = gelisah
level-calm-2 = kurang tenang
level-calm-3 = lumayan tenang
level-calm-4 = tenang
level-calm-5 = sangat tenang
level-confidence-1 = ragu sekali
level-confidence-2 = kurang yakin
level-confidence-3 = lumayan yakin
level-confidence-4 = yakin
level-confidence-5 = sangat yakin
editor-title-new = Catatan baru
editor-title-edit = Ubah catatan
editor-date = Tanggal
editor-entry-title = Judul
editor-tags = Label
editor-body = Tulisan Anda
editor-body-empty = (tekan Tab beberapa kali sampai kursor ada di sini, lalu mulai menulis)
editor-hint-choice = ← dan → untuk mengubah. Tab pindah ke bagian berikutnya. Semua bagian boleh dikosongkan.
editor-hint-text = Tulisan disimpan sementara secara otomatis. F2 untuk menyimpan. Ctrl+U membatalkan ketikan terakhir, Ctrl+R mengembalikannya.
prompts-title = Pertanyaan untuk membantu menulis
prompts-intro = Pilih kumpulan pertanyaan. Pertanyaannya tampil di atas tulisan. Boleh dijawab, boleh juga tidak.
prompts-reflection-on = Renungan (sabar, syukur, ikhlas, doa) ditampilkan. Tekan r untuk menyembunyikannya.
prompts-reflection-off = Ada juga kumpulan renungan (sabar, syukur, ikhlas, doa). Tekan r jika ingin menampilkannya.
prompts-set-everyday = Sehari-hari
prompts-set-hope = Harapan dan hal baik
prompts-set-worries = Saat hati terasa berat
prompts-set-learned = Yang saya pelajari
prompts-set-plans = Rencana saya
prompts-set-self = Tentang diri saya
prompts-set-people = Orang-orang di sekitar saya
prompts-set-deciding = Memutuskan sesuatu
prompts-set-reflection = Renungan
prompt-everyday-1 = Bagaimana kabar Anda hari ini?
prompt-everyday-2 = Apa yang membuat Anda tersenyum hari ini?
prompt-everyday-3 = Hari ini bicara dengan siapa saja, dan bagaimana rasanya?
prompt-everyday-4 = Apa yang ingin diingat dari hari ini?
prompt-hope-1 = Apa harapan Anda untuk bulan depan?
prompt-hope-2 = Tuliskan tiga hal kecil yang membuat hati senang hari ini.
prompt-hope-3 = Siapa yang pernah membantu Anda, dan bagaimana?
prompt-hope-4 = Setahun lagi, seperti apa hari yang baik bagi Anda?
prompt-worries-1 = Apa yang sedang dikhawatirkan?
prompt-worries-2 = Apa yang biasanya membantu saat hati terasa berat?
prompt-worries-3 = Kepada siapa bisa bercerita saat butuh teman?
prompt-worries-4 = Apa satu hal kecil yang bisa membuat besok sedikit lebih ringan?
prompt-worries-5 = Apa yang bisa dilakukan lima menit saja untuk menenangkan hati?
prompt-worries-6 = Apa yang ingin Anda katakan kepada diri sendiri saat hari terasa berat?
prompt-learned-1 = Hal baru apa yang dipelajari hari ini?
prompt-learned-2 = Keterampilan apa yang sedang dilatih?
prompt-learned-3 = Apa yang membuat Anda bangga pada diri sendiri akhir-akhir ini, sekecil apa pun?
prompt-learned-4 = Apa yang ingin Anda coba dengan cara baru?
prompt-plans-1 = Langkah kecil apa yang akan diambil minggu ini?
prompt-plans-2 = Apa yang dibutuhkan untuk memulai atau menjalankan usaha?
prompt-plans-3 = Siapa yang bisa membantu rencana Anda?
prompt-plans-4 = Apa yang ingin dicapai dalam tiga bulan ke depan?
prompt-plans-5 = Hal apa tentang uang atau tabungan yang ingin dipahami lebih baik?
prompt-self-1 = Apa satu hal baik tentang diri Anda yang mungkin belum diketahui orang lain?
prompt-self-2 = Kebaikan kecil apa yang dilakukan untuk diri sendiri hari ini?
prompt-self-3 = Apa yang sekarang sudah bisa dilakukan, yang sebulan lalu belum bisa?
prompt-self-4 = Apa yang ingin dicoba, walaupun sedikit takut?
prompt-people-1 = Di dekat siapa Anda merasa bisa menjadi diri sendiri?
prompt-people-2 = Siapa yang ingin disapa atau dikabari minggu ini?
prompt-people-3 = Apa yang ingin Anda sampaikan kepada seseorang, tetapi belum sempat?
prompt-deciding-1 = Keputusan apa yang sedang dipikirkan? Tulis pilihan-pilihannya.
prompt-deciding-2 = Untuk memutuskannya, apa yang masih dibutuhkan: waktu, keterangan, atau teman bicara?
prompt-deciding-3 = Nasihat apa yang didengar minggu ini? Bagian mana yang ingin Anda coba?
prompt-reflection-sabar = Sabar: kapan akhir-akhir ini Anda bisa tetap sabar? Apa yang menolong?
prompt-reflection-syukur = Syukur: apa yang disyukuri hari ini, sekecil apa pun?
prompt-reflection-ikhlas = Ikhlas: jika ada, apa yang ingin Anda lepaskan dengan lapang hati?
prompt-reflection-doa = Doa atau harapan: apa yang ingin didoakan atau diharapkan, untuk diri sendiri atau orang lain?
filters-title = Pilih catatan yang ditampilkan
filters-intro = Pilih apa yang ingin ditampilkan. Gunakan ↑ dan ↓ untuk memilih baris, ← dan → untuk mengubah.
filters-tag = Label
filters-mood = Suasana hati
filters-period = Waktu
filters-all = semua
filters-all-time = sejak awal
chart-title = Perasaan saya, { $days } hari terakhir
chart-intro = Perasaan yang Anda catat dalam { $days } hari terakhir. Tidak apa-apa jika ada hari yang kosong.
draft-title = Tulisan yang belum selesai
draft-intro = Ada tulisan yang belum selesai untuk { $date }:
draft-question = Lanjutkan menulis? Tekan Enter untuk melanjutkan, Esc untuk nanti saja, atau d untuk membuangnya.
confirm-delete-entry = Hapus catatan ini untuk selamanya? Catatan yang dihapus tidak bisa dikembalikan. (y = ya, t = tidak)
confirm-leave-editor = Simpan perubahan pada catatan ini? y = ya, simpan. t = tidak, buang perubahan. Esc = kembali menulis.
confirm-discard-draft = Buang tulisan yang belum selesai ini? Tulisan itu tidak bisa dikembalikan. (y = ya, t = tidak)
key-page-up = Halaman sebelumnya
key-page-down = Halaman berikutnya
key-read = Baca
key-new-entry = Tulis baru
key-search = Cari
key-filters = Saring
key-chart = Grafik
key-prompts = Bantuan pertanyaan
key-on-this-day = Beranda: catatan lama
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
help-journal = Semua catatan, yang terbaru di atas. Tekan / lalu ketik untuk mencari. Huruf besar atau kecil tidak masalah. Tekan o jika ingin melihat catatan dari tanggal yang sama di beranda.
help-editor = Tulis dengan bebas. Tab pindah ke bawah: tanggal, judul, label, tulisan, perasaan. Shift+Tab pindah ke atas. Pada tanggal dan perasaan, ← dan → mengubah pilihan. Ctrl+← dan Ctrl+→ melompati kata. Ctrl+U membatalkan ketikan terakhir, Ctrl+R mengembalikannya. F2 menyimpan. Tulisan juga disimpan sementara secara otomatis.
key-name-space = Spasi

## Goals

menu-goals = Tujuan saya
home-goals = Tabungan saya:
home-goals-count = { $count } tujuan
field-goal-name = Nama tujuan
field-goal-target = Jumlah yang ingin dikumpulkan
field-goal-target-date = Tanggal target (boleh kosong)
field-goal-why = Mengapa ini penting bagi saya
field-amount = Jumlah
field-date-today = Tanggal (kosong = hari ini)
field-note = Keterangan (boleh kosong)
field-business-what = Apa yang akan saya jual atau buat
field-business-for-whom = Siapa pembelinya
field-business-where = Tempat jualan
field-business-capital = Modal awal yang dibutuhkan
field-business-costs = Biaya rutin per bulan
field-milestone = Langkah
field-milestone-date = Tanggal (boleh kosong)
field-sales = Uang masuk (hasil jualan)
field-expenses = Uang keluar (belanja, ongkos)
err-money-empty = Jumlahnya belum diisi. Contoh: 500rb atau 1.250.000.
err-money-unclear = Jumlah ini bisa dibaca lebih dari satu cara. Tulis misalnya 1.250.000, 1250000, 1,25 jt atau 500rb.
err-money-negative = Tulis jumlahnya tanpa tanda minus.
err-money-zero = Jumlahnya perlu lebih dari nol.
err-money-too-large = Jumlah ini terlalu besar (paling banyak Rp 10 miliar). Periksa lagi angka nolnya.
err-money-not-whole = Tulis jumlah tanpa sen, misalnya 1,25 jt atau 1.250.000.
err-date-unclear = Tanggal belum bisa dibaca. Tulis misalnya 23-11-2026, atau kosongkan.
err-goal-name-empty = Beri nama dulu, misalnya "Gerobak gorengan".
err-milestone-empty = Tulis dulu langkahnya, misalnya "Urus izin usaha".
err-withdraw-more-than-balance = Jumlah yang diambil lebih besar dari tabungan di tujuan ini.
goal-saved = Tersimpan.
goal-deleted = Tujuan sudah dihapus.
goal-celebrate = Sudah lewat { $percent }%. Sekarang { $now }% tercapai. Langkah demi langkah.
goal-celebrate-100 = Tujuan ini sudah tercapai. Selamat, Anda berhasil!
goal-new-savings-title = Tujuan tabungan baru
goal-new-savings-intro = Untuk apa Anda menabung? Tulis namanya dan jumlah yang ingin dikumpulkan.
goal-deposit-title = Menabung
goal-deposit-intro = Berapa yang ditabung? Contoh: 50rb, 50.000 atau 1,5 jt.
goal-withdraw-title = Mengambil tabungan
goal-withdraw-intro = Berapa yang diambil? Itu wajar. Hidup memang butuh biaya.
goal-new-business-title = Rencana usaha baru
goal-new-business-intro = Ceritakan usaha yang sedang direncanakan. Jumlah uang boleh dikosongkan dulu.
goal-milestone-title = Langkah baru
goal-milestone-intro = Langkah apa yang perlu diambil? Contoh: belajar resep, beli kompor, urus izin, hari pertama berjualan.
goal-log-day-title = Catat jualan harian
goal-log-day-intro = Berapa uang masuk dan uang keluar hari itu?
confirm-delete-goal = Hapus tujuan "{ $name }" beserta riwayat tabungan, langkah, dan jualan hariannya? Ini tidak bisa dikembalikan. Catatan Anda tidak ikut terhapus. (y = ya, t = tidak)
goals-title = Tujuan saya
goals-title-archived = Tujuan saya (termasuk arsip)
goals-empty = Belum ada tujuan. Tekan n untuk tujuan tabungan, atau b untuk rencana usaha.
goal-progress = { $percent }% · { $saved } dari { $target }
goal-archived = diarsipkan
goal-target-date = Target: { $date }
goal-chart-later = Grafik muncul setelah ada tabungan di dua hari yang berbeda.
goal-movements = Tabungan dan pengambilan:
goal-no-movements = Belum ada. Tekan + untuk menabung.
projection-reached = Tujuan ini sudah tercapai.
projection-too-early = Perkiraan waktu muncul setelah Anda menabung tiga kali, paling sedikit pada dua hari yang berbeda.
projection-no-progress = Dalam delapan minggu terakhir tabungan belum bertambah, jadi belum ada perkiraan. Tidak apa-apa. Lanjutkan kapan saja Anda siap.
projection-finish = Dengan cara menabung seperti sekarang, tujuan ini bisa tercapai sekitar { $date }.
projection-finish-after-target = Dengan cara menabung sekarang, tujuan ini bisa tercapai sekitar { $date }. Tanggal target bisa diubah dengan tombol e.
business-status = Tahap
business-status-idea = ide
business-status-preparing = persiapan
business-status-running = berjalan
business-status-paused = berhenti sejenak
business-for-whom-where = Pembeli: { $whom } · Tempat: { $place }
business-costs = Modal: { $capital } · Biaya per bulan: { $costs }
business-capital-from = Modal dari tabungan "{ $goal }"
business-capital-not-linked = Belum terhubung ke tabungan. Tekan l untuk memilih tujuan tabungan.
business-capital-progress = { $saved } dari { $needed }
business-milestones = Langkah-langkah:
business-no-milestones = Belum ada. Tekan m untuk menambah langkah.
business-profit = Untung/rugi:
business-no-log = Belum ada jualan yang dicatat. Tekan c untuk mencatat.
business-profit-week = Pekan mulai { $date }: { $profit }
business-profit-month = { $month }: { $profit }
key-new-savings = Tabungan baru
key-new-business = Usaha baru
key-archive = Arsipkan / keluarkan
key-show-archived = Lihat arsip
key-deposit = Menabung
key-withdraw = Mengambil
key-tick-milestone = Centang
key-add-milestone = Tambah langkah
key-log-day = Catat jualan
key-status = Ubah tahap
key-link-capital = Hubungkan tabungan
settings-currency = Mata uang
journal-no-match-search = Tidak ada catatan yang cocok dengan pencarian ini. Coba kata lain, atau tekan Esc di kolom cari untuk menghapusnya.

err-wrong-setup-code = Nama atau kode awal belum cocok, atau kodenya sudah terpakai atau kedaluwarsa. Periksa lagi, atau minta kode baru kepada fasilitator.
err-wrong-recovery-code = Nama atau kode cadangan belum cocok. Periksa lagi kode di kertas. Huruf besar atau kecil dan tanda hubung tidak masalah.
err-wrong-current-passphrase = Kata sandi yang sekarang belum cocok. Coba lagi.
err-too-many-attempts = Terlalu banyak percobaan untuk nama ini.
err-already-claimed = Akun ini sudah dipakai pemiliknya, jadi tidak perlu kode awal lagi. Jika dia lupa kata sandinya, dia bisa memakai kode cadangannya.
key-new-code = Kode awal baru
key-remove-account = Hapus akun
err-remove-yourself = Akun yang sedang dipakai tidak bisa dihapus dari sini.
confirm-remove-account = Hapus akun { $alias } beserta semua isinya untuk selamanya? Tulisan dan tujuannya ikut hilang dan tidak bisa dikembalikan. (y = ya, t = tidak)
goal-edit-title = Ubah tujuan
goal-edit-intro = Ubah yang perlu diubah. Enter pindah ke kolom berikutnya. Di kolom terakhir, Enter untuk menyimpan. Esc kembali tanpa mengubah apa pun.
key-remove-step = Hapus langkah
confirm-remove-step = Hapus langkah "{ $step }" dari rencana? (y = ya, t = tidak)
err-crashed = Maaf, Langkah berhenti karena ada kesalahan. Yang sudah disimpan tetap aman. Silakan buka lagi.
home-plans = Rencana usaha saya:
home-plan-capital = modal terkumpul { $percent }%
filters-from = Dari tanggal
filters-to = Sampai tanggal
filters-until-now = hari ini
goal-form-handed-back = Ini isian tadi, sebelum Langkah terkunci. Lanjutkan mengisi, atau tekan Esc untuk membatalkannya.
mentor-keygen-card-intro = Ini kartu Anda. Berikan kartu ini kepada pusat. Kartu juga tersimpan di file.
mentor-keygen-words = Baris terakhir berisi enam kata cek. Bacakan kata-kata ini saat bertemu. Dengan begitu, orang lain bisa memastikan kartu ini memang milik Anda.
mentor-keygen-done = Kunci tersimpan di { $key }. Kartu tersimpan di { $card }. Kartu orang lain nanti tersimpan di { $pins }. Jangan lupa kata sandi kunci ini. Tanpa kata sandi itu, kunci tidak bisa dibuka.
mentor-err-file-exists = File { $path } sudah ada. Pilih nama lain supaya file itu tidak tertimpa.
mentor-err-cant-write = File { $path } tidak bisa ditulis. Periksa foldernya, lalu coba lagi.

# goals and money
err-money-not-a-number = Ini belum terbaca sebagai jumlah uang. Tulis angkanya, misalnya 500rb atau 1.250.000.
err-money-unknown-suffix = Singkatan ini belum dikenal. Pakai rb atau ribu, jt atau juta. Contoh: 500rb atau 1,5 jt.
err-money-miliar = Di sini M berarti miliar. Untuk juta, tulis jt atau juta, misalnya 1,5 jt.
err-remove-below-zero = Ini belum bisa dihapus. Tanpa setoran ini, uang yang sudah diambil lebih besar dari tabungan. Ubah atau hapus dulu pengambilannya.
err-change-below-zero = Dengan jumlah ini, uang yang diambil lebih besar dari tabungan di tujuan ini.
link-taken = Tabungan ini sudah menjadi modal untuk "{ $plan }". Satu tabungan hanya untuk satu rencana. Pilih yang lain, atau lepaskan dulu di sana.
goal-archived-notice = Tujuan diarsipkan. Tekan h untuk melihat arsip. Di sana, tekan a untuk mengeluarkannya dari arsip.
goal-unarchived-notice = Tujuan dikeluarkan dari arsip.
goal-movement-removed = Sudah dihapus. Jumlah tabungan ikut diperbarui.
goal-day-removed = Jualan hari itu sudah dihapus. Untung/rugi ikut diperbarui.
goal-edit-deposit-title = Ubah setoran
goal-edit-withdrawal-title = Ubah pengambilan
goal-edit-movement-intro = Perbaiki jumlah, tanggal, atau keterangannya. Di kolom terakhir, Enter untuk menyimpan. Esc kembali tanpa mengubah apa pun.
goal-edit-day-title = Ubah jualan harian
goal-edit-day-intro = Perbaiki tanggal, uang masuk, atau uang keluar hari itu. Di kolom terakhir, Enter untuk menyimpan. Esc kembali tanpa mengubah apa pun.
confirm-remove-deposit = Hapus setoran { $amount } tanggal { $date }? (y = ya, t = tidak)
confirm-remove-withdrawal = Hapus pengambilan { $amount } tanggal { $date }? (y = ya, t = tidak)
confirm-remove-day = Hapus jualan harian tanggal { $date }? (y = ya, t = tidak)
days-title = Jualan harian: { $what }
days-date = Tanggal
days-sales = Uang masuk
days-expenses = Uang keluar
days-left = Untung/rugi
link-title = Modal dari tabungan
link-intro = Tabungan mana yang mengumpulkan modal untuk "{ $what }"? Satu tabungan hanya bisa menjadi modal untuk satu rencana.
link-none = Tidak dihubungkan ke tabungan
link-used-by = sudah untuk "{ $what }"
business-chart-later = Grafik untung/rugi muncul setelah ada jualan di dua pekan yang berbeda.
key-edit-goal = Ubah tujuan
key-edit-movement = Ubah
key-remove-movement = Hapus setoran/pengambilan
key-daily-sales = Jualan harian
key-edit-day = Ubah
key-remove-day = Hapus
chart-legend-mood = Suasana hati hari itu
chart-legend-wellbeing = Rata-rata harapan, ketenangan dan percaya diri hari itu
help-chart = Grafik ini menunjukkan perasaan yang Anda catat. Satu • adalah suasana hati pada satu hari. Satu ▄ adalah rata-rata harapan, ketenangan dan percaya diri pada hari itu. Makin tinggi tandanya, makin ringan hari itu. Hari tanpa catatan dibiarkan kosong. Tombol yang bisa dipakai:

# hostile input
journal-too-long = Catatan ini sudah sangat panjang. Simpan dulu, lalu lanjutkan di catatan baru.
err-entry-too-long = Catatan ini terlalu panjang untuk disimpan. Batasnya 100.000 huruf.
err-disk-full = Penyimpanan komputer penuh. Yang baru belum tersimpan. Yang lama tetap aman. Minta fasilitator mengosongkan sebagian penyimpanan.
err-read-only = Langkah tidak bisa menulis ke folder datanya. Tidak ada yang diubah. Minta fasilitator memeriksa izin folder itu.
mentor-err-cant-show = Kunci dan kartu sudah tersimpan di file. Kartu tidak bisa ditampilkan. Bacalah kartu di { $card }.

# reading and home
scroll-more-above = ↑ lagi
scroll-more-below = ↓ lagi
key-top = Ke awal
key-bottom = Ke akhir
key-quit-hint = Cara keluar dari aplikasi
quit-hint = Untuk keluar dari aplikasi, tekan { $keys }.
home-more = dan { $count } lainnya di { $place }
home-all-in = Ada { $count } di { $place }
home-mentor-sharing-later = Versi Langkah ini belum bisa berbagi tulisan. Berbagi akan ada di versi berikutnya.

# footers, login and admin
key-move = Pindah
key-all-keys = Semua tombol
key-skip = Lewati
help-skippable-form = Tulis nama, lalu tekan Enter. Esc melewati langkah ini tanpa membuat akun.
err-wrong-credentials-paused = Nama atau kata sandi belum cocok.
recovery-intro-facilitator = Ini kode cadangan Anda. Jika suatu hari lupa kata sandi, hanya kode ini yang bisa membuka akun Anda. Tidak ada orang lain yang bisa membukanya.
confirm-new-code = Buat kode awal baru untuk { $alias }? Kode yang lama langsung tidak berlaku lagi. (y = ya, t = tidak)
notice-old-code-void = Kode awal yang lama untuk { $alias } sudah tidak berlaku.
notice-account-disabled = Akun { $alias } sekarang nonaktif. Semua isinya tetap tersimpan.
notice-account-enabled = Akun { $alias } aktif lagi.
notice-account-removed = Akun { $alias } sudah dihapus.
cli-prompt-facilitator-passphrase = Kata sandi fasilitator { $alias }:
cli-prompt-current-passphrase = Kata sandi Anda yang sekarang:
cli-help = Buku harian dan perencana tujuan yang pribadi.
cli-help-arg-data-dir = Folder data (bawaan: tempat biasa untuk data aplikasi).
cli-help-arg-passphrase-stdin = Baca kata sandi dan kode dari input standar, satu per baris.
cli-help-arg-facilitator = Fasilitator yang melakukannya. Kata sandinya ditanya lebih dulu.
cli-help-arg-alias = Nama akun.
cli-help-arg-old-passphrase-known = Orang lain mungkin tahu kata sandi yang lama. Kunci berbagi ikut diganti.
cli-help-arg-language = Bahasa pesan.
cli-help-init = Menyiapkan pusat baru dan fasilitator pertamanya.
cli-help-init-centre = Nama umum tempat ini, misalnya "Rumah Belajar". Nama ini tidak dikunci, jadi bisa terlihat.
cli-help-init-facilitator = Nama fasilitator pertama.
cli-help-init-language = Bahasa utama pusat.
cli-help-account = Mengelola akun.
cli-help-account-add = Membuat akun baru dan mencetak kode awal sekali pakai.
cli-help-account-add-role = Jenis akun baru.
cli-help-account-add-alias = Nama akun baru. Pakai nama panggilan, bukan nama lengkap.
cli-help-account-list = Daftar akun: nama, peran, status, tanggal dibuat, terakhir masuk.
cli-help-account-new-code = Kode awal baru untuk akun yang belum dipakai. Kode yang lama tidak berlaku lagi.
cli-help-account-disable = Menonaktifkan akun. Semua isinya tetap tersimpan.
cli-help-account-enable = Mengaktifkan akun lagi.
cli-help-account-remove = Menghapus akun beserta semua isinya untuk selamanya. Perlu --yes.
cli-help-account-remove-yes = Menegaskan bahwa akun dan semua isinya boleh dihapus.
cli-help-account-claim = Masuk pertama kali: kode awal, lalu kata sandi baru dua kali.
cli-help-account-recover = Lupa kata sandi: kode cadangan, lalu kata sandi baru dua kali.
cli-help-account-passwd = Mengganti kata sandi: yang sekarang, lalu yang baru dua kali.
cli-help-mentor = Untuk pendamping di tempat lain: kunci berbagi dan kartunya.
cli-help-mentor-keygen = Membuat kunci berbagi untuk pendamping di tempat lain: file kunci, kartu, dan file pin.
cli-help-mentor-keygen-out = File kunci yang akan ditulis. File ini belum boleh ada.
cli-help-mentor-keygen-card-out = Tempat menulis kartu (bawaan: FILE.card).

# goals, after the new-user test
err-date-future = Tanggal ini belum lewat. Tulis tanggal hari ini atau sebelumnya, atau kosongkan untuk hari ini.
goals-all-archived = Ada { $count } tujuan di arsip. Tekan h untuk melihatnya. Tekan n untuk tujuan tabungan baru, atau b untuk rencana usaha.
link-no-savings = Belum ada tujuan tabungan yang aktif. Tujuan di arsip tidak ditawarkan. Untuk membuatnya, kembali ke daftar tujuan dan tekan n.
goal-no-movement-to-change = Belum ada setoran untuk diubah.
goal-no-movement-to-remove = Belum ada setoran untuk dihapus.
business-capital-unset = Modal belum diisi. Tekan e untuk mengisinya.
key-open-step = Buka
goal-edit-step-title = Langkah
goal-edit-step-intro = Ubah kata-kata langkah ini atau tanggalnya. Di rencana, langkah yang dipilih tampil utuh.

# screens, after the new-user test
too-small-short = Perbesar jendela sampai { $width }×{ $height }.

# goals, after the second new-user test
business-not-written = belum diisi
business-capital-not-written = modal belum diisi
