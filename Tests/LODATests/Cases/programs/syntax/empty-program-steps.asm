; case: empty program steps
; from: written here
; terms: 3
; expect-steps: 0,0,0
; nothing
