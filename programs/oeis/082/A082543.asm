; A082543: Take a string of n x's and insert n-1 ^'s and n-1 pairs of parentheses in all possible ways. Sequence gives number of distinct integer values when x=sqrt(2).
; 0,0,1,1,2,2,3,4,5,7

#offset 1

sub $0,1
sub $0,1
mov $1,4
add $0,1
sub $0,1
lpb $0
  sub $0,1
  add $2,$3
  sub $1,5
  add $2,$3
  add $2,$1
  div $1,-1
  div $2,5
  sub $3,$1
  add $1,$2
  sub $1,-4
lpe
mov $0,$3
div $0,-1
mul $0,-2
div $0,-2
