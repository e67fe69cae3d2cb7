// GOV.UK Frontend components, then the idle-session warning (WCAG 2.2.1 Timing Adjustable).
import { initAll } from '/govuk/govuk-frontend.min.js'

initAll()

function sessionTimeoutWarning () {
  const body = document.body
  const timeout = Number(body.dataset.sessionTimeoutSeconds)
  const warning = Number(body.dataset.sessionWarningSeconds)
  const dialog = document.getElementById('session-timeout-dialog')
  if (!timeout || !warning || !dialog) return

  const stay = document.getElementById('session-timeout-stay')
  const countdown = document.getElementById('session-timeout-countdown')
  const csrfToken = document.querySelector('meta[name="csrf-token"]')
  const csrfHeader = document.querySelector('meta[name="csrf-header"]')
  let warnTimer, endTimer, tick
  let endsAt

  const describe = (seconds) => seconds > 60
    ? `${Math.ceil(seconds / 60)} minutes`
    : `${Math.max(seconds, 0)} seconds`

  function schedule () {
    clearTimeout(warnTimer); clearTimeout(endTimer); clearInterval(tick)
    endsAt = Date.now() + timeout * 1000
    warnTimer = setTimeout(showWarning, (timeout - warning) * 1000)
    endTimer = setTimeout(() => { window.location.href = '/signed-out?reason=timeout' }, timeout * 1000)
  }

  function showWarning () {
    countdown.textContent = describe(Math.round((endsAt - Date.now()) / 1000))
    // Update the countdown each minute, then every 15 seconds near the end, without flooding screen readers.
    tick = setInterval(() => {
      countdown.textContent = describe(Math.round((endsAt - Date.now()) / 1000))
    }, 15000)
    if (!dialog.open) dialog.showModal()
    stay.focus()
  }

  stay.addEventListener('click', async () => {
    const headers = {}
    if (csrfToken && csrfHeader) headers[csrfHeader.content] = csrfToken.content
    const response = await fetch('/session/keep-alive', { method: 'POST', headers, credentials: 'same-origin', redirect: 'manual' })
    dialog.close()
    if (response.ok) {
      schedule()
    } else {
      window.location.href = '/signed-out?reason=timeout'
    }
  })
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); stay.click() })
  schedule()
}

sessionTimeoutWarning()
