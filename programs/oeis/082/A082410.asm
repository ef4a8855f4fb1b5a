; A082410: a(1)=0. Thereafter, the sequence is constructed using the rule: for any k >= 0, if a(1), a(2), ..., a(2^k+1) are known, the next 2^k terms are given as follows: a(2^k+1+i) = 1 - a(2^k+1-i) for 1 <= i <= 2^k.
; 0,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0,0,1,1,0,1,1,0,0,0,1,1,0,0,1,0,0,1,1,1,0,1,1,0,0,1,1,1,0,0,1,0,0

#offset 1

sub $0,1
mov $2,$0
sub $0,1
add $0,1
add $0,1
mul $0,2
sub $0,3
sub $0,1
add $0,1
sub $0,-1
sub $0,1
add $0,1
lpb $0
  dif $0,2
lpe
bin $0,2
add $0,1
mod $0,2
mov $3,$2
equ $3,0
mul $3,-1
add $0,$3
