import { useState } from 'preact/hooks';
import { accountText } from './messages.js';
import { ChangePasswordSection } from './change-password.js';
import { DeleteAccountSection } from './delete-account.js';
import { SignedInDevices } from './signed-in-devices.js';
import { LanguagePicker } from '../../i18n/language-picker.js';
import { useScreenHeading } from '../../use-screen-heading.js';
import { useSession } from '../../session/session.js';

/** What the person controls about their account: the password, where they are signed in, and erasing it all. */
export function AccountPage() {
  const { account } = useSession();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [refresh, setRefresh] = useState(0);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {accountText.title}
      </h1>
      {account && <p>{accountText.signedInAs(account.email)}</p>}
      <div class="account-sections">
        <LanguagePicker />
        <ChangePasswordSection email={account?.email ?? ''} onChanged={() => setRefresh((n) => n + 1)} />
        <SignedInDevices refresh={refresh} />
        <DeleteAccountSection />
      </div>
    </>
  );
}
