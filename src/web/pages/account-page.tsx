import { useState } from 'preact/hooks';
import type { ApiFailure } from '../../api/client.js';
import type { Account } from '../../api/schemas.js';
import type { Leaving } from '../leaving.js';
import { messages } from '../messages.js';
import { ChangePasswordSection } from '../components/account/change-password.js';
import { DeleteAccountSection } from '../components/account/delete-account.js';
import { SignedInDevices } from '../components/account/signed-in-devices.js';
import { useScreenHeading } from '../use-screen-heading.js';

interface Props {
  readonly account: Account;
  /** Signs out (here or everywhere) or erases the account, then clears what the device keeps for it. */
  readonly onLeave: (leaving: Leaving) => Promise<ApiFailure | undefined>;
  /** The session ended meanwhile. */
  readonly onSignedOut: () => void;
}

/** What the person controls about their account: the password, where they are signed in, and erasing it all. */
export function AccountPage({ account, onLeave, onSignedOut }: Props) {
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [refresh, setRefresh] = useState(0);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {messages.account.title}
      </h1>
      <p>{messages.account.signedInAs(account.email)}</p>
      <div class="account-sections">
        <ChangePasswordSection
          email={account.email}
          onChanged={() => setRefresh((n) => n + 1)}
          onSignedOut={onSignedOut}
        />
        <SignedInDevices refresh={refresh} onLeave={onLeave} onSignedOut={onSignedOut} />
        <DeleteAccountSection onLeave={onLeave} onSignedOut={onSignedOut} />
      </div>
    </>
  );
}
