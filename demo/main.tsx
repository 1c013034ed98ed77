import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { IbexProvider } from '../src/exports/index.ts'
import '../src/styles.css'
import './demo.css'
import { App } from './App.tsx'
import { ibexBaseUrl } from './ibexBaseUrl.ts'

// Imports only the public entries (`ibex-react`, `ibex-react/components`,
// `ibex-react/styles.css`), from the sources, as an app would import the package.
const baseUrl = ibexBaseUrl(new URLSearchParams(location.search))

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <IbexProvider config={{ baseUrl, storage: 'localStorage' }}>
        <App />
      </IbexProvider>
    </StrictMode>,
  )
}
