; case: directive case
; from: written here
; terms: 2
; expect: 1,2
#OFFSET 1
mov $0,$0
