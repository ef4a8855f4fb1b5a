; A202169: Size of maximal independent set in graph S_3(n).
; 1,3,4,6,7,10,12,15,19,22

#offset 1

sub $0,1
mov $1,$0
sub $0,1
mov $2,$0
mul $0,$0
lpb $2
  sub $2,1
  add $0,$2
  add $0,5
  mov $3,1
lpe
div $0,7
add $0,$3
add $0,3
equ $1,0
mul $1,-2
add $0,$1
