; A176542: Numbers k such that there are only a finite nonzero number of sets of k consecutive triangular numbers that sum to a square.
; 32,50,98,128,200,242,338,392,512,578,722,800,968,1058,1250,1352,1568,1682,1922,2048,2312,2450,2738,2888,3200,3362,3698,3872,4232,4418,4802,5000,5408,5618,6050,6272,6728,6962,7442,7688,8192,8450,8978,9248,9800,10082,10658,10952,11552,11858

#offset 1

sub $0,1
sub $0,1
add $0,1
sub $1,2
sub $0,1
add $0,1
add $0,1
sub $0,-1
mov $4,$0
lpb $4
  sub $4,1
  sub $0,1
  sub $0,1
  add $0,4
  sub $0,1
  sub $0,1
  add $0,1
  mov $2,$0
  sub $3,1
  add $3,2
  sub $1,$3
  add $3,-1
  add $3,$2
  div $0,-1
  add $0,-1
  sub $0,2
  add $0,3
lpe
mov $0,$1
div $0,-1
sub $0,7
mul $0,6
add $0,32
