import { useState } from 'preact/hooks';
import { ChangePasswordSection } from './change-password.js';
import { DeleteAccountSection } from './delete-account.js';
import { DownloadEverythingSection } from './download-everything.js';
import { ImportFileSection } from './import-file.js';
import { SignedInDevices } from './signed-in-devices.js';
import { LanguagePicker } from '../../i18n/language-picker.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { useSession } from '../../session/session.js';

/** What the person controls about their account: the password, where they are signed in, and erasing it all. */
export function AccountPage() {
  const { t } = useI18n();
  const { account } = useSession();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [refresh, setRefresh] = useState(0);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('account.title')}
      </h1>
      {account && <p>{t('account.signedInAs', { email: account.email })}</p>}
      <div class="account-sections">
        <LanguagePicker />
        <ChangePasswordSection email={account?.email ?? ''} onChanged={() => setRefresh((n) => n + 1)} />
        <SignedInDevices refresh={refresh} />
        <DownloadEverythingSection id="download-heading" />
        <ImportFileSection id="import-heading" />
        <DeleteAccountSection />
      </div>
    </>
  );
}
