; case: comments take no steps
; from: written here
; expect-steps: 2
; c
mov $1,1 ; c
;
; c
add $1,1
