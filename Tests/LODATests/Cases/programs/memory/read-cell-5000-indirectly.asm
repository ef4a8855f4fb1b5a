; case: read $5000 indirectly
; from: written here
; expect: 0
mov $1,5000
mov $0,$$1
