import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { NetworkStatus } from './NetworkStatus';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useOfflineReady } from './useOfflineReady';
import { useOutboxSender } from './useOutboxSender';

const FIT_THE_SCREEN = {
  minWidth: 0,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
  '& .RaList-main': { minWidth: 0 },
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
} as const;

export const Layout = ({ children }: { children: ReactNode }) => {
  useOutboxSender();
  useOfflineReady();
  useDocumentLanguage();
  return (
    // The page never grows wider than the screen: a row of tabs or a wide table scrolls in its own box, under an app bar that spans the screen.
    <RaLayout appBar={AppBar} menu={Menu} sx={FIT_THE_SCREEN}>
      <NetworkStatus />
      {children}
    </RaLayout>
  );
};
