; A223082: Number of n-digit numbers N with distinct digits such that N divides the reversal of N.
; 9,0,0,2,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $4,$0
sub $0,1
sub $0,1
mov $2,$0
sub $0,1
max $0,0
sub $0,1
sub $0,3
sub $0,2
add $0,6
mov $3,$2
lpb $0
  sub $0,1
  mod $0,2
  add $0,2
lpe
mod $0,2
equ $3,1
mul $3,2
add $0,$3
mov $5,$4
equ $5,0
mul $5,9
add $0,$5
