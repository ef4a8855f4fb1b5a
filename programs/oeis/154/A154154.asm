; A154154: Numbers k such that 30 plus the k-th triangular number is a perfect square.
; 3,13,34,84,203,493,1186,2876,6915,16765,40306,97716,234923,569533,1369234,3319484,7980483,19347373,46513666

#offset 1

sub $0,1
mov $1,12
mov $2,$0
mov $0,5
lpb $2
  sub $0,$3
  sub $0,$3
  sub $3,$1
  add $4,$0
  add $4,$0
  add $1,$4
  add $3,$0
  add $3,$0
  sub $2,1
lpe
add $1,$4
sub $0,$1
div $0,-2
