import { messages } from '../core/i18n';

export const t = messages(
  {
    title: 'Masuk ke Siaga',
    intro: 'Sistem operasi pengamanan Pilkada. Masuk dengan akun satuan Anda.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Memeriksa…',
    wrongPassword: 'Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.',
    locked: 'Akun ini dikunci sementara karena terlalu sering salah kata sandi.',
    lockedDetail: '{message}. Hubungi admin satuan bila perlu dibuka lebih cepat.',
    required: 'Isi nama pengguna dan kata sandi.',
    showPassword: 'Tampilkan kata sandi',
    footer: 'Polri · Pengamanan Pemilihan Kepala Daerah',
    reportLink: 'Warga: laporkan gangguan Pilkada tanpa masuk ›',
  },
  {
    title: 'Log in to Siaga',
    intro: 'Pilkada security operations system. Log in with your unit account.',
    username: 'Username',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Checking…',
    wrongPassword: 'Wrong username or password. Check them and try again.',
    locked: 'This account is locked for a while after too many wrong passwords.',
    lockedDetail: '{message}. Ask your unit admin if it must be opened sooner.',
    required: 'Enter the username and the password.',
    showPassword: 'Show password',
    footer: 'Indonesian National Police · Regional election security',
    reportLink: 'Citizens: report an election disturbance without logging in ›',
  },
);
