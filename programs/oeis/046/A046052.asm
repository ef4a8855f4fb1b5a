; A046052: Number of prime factors of Fermat number F(n).
; 1,1,1,1,1,2,2,2,2,3,4,5

add $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  sub $3,9
  add $0,$3
  add $0,$3
lpe
mul $0,242
div $0,242
sub $0,2
div $0,4
add $0,1
