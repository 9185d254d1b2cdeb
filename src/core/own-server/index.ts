export { misplacedPasswords, ownServerLogins, passwordAt, type MisplacedPassword } from './secrets';
export { profileOf, type Authentication, type Profile } from './profile';
export { providerOf, type Provider, type ProviderId } from './providers';
