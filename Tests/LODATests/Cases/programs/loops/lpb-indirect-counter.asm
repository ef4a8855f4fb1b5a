; case: lpb indirect counter
; from: written here
; terms: 3
; expect: 0,1,2
mov $1,2
mov $2,$0
lpb $$1
add $3,1
sub $2,1
lpe
mov $0,$3
