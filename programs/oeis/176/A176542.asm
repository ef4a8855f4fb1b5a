; A176542: Numbers k such that there are only a finite nonzero number of sets of k consecutive triangular numbers that sum to a square.
; 32,50,98,128,200,242,338,392,512,578,722,800,968,1058,1250,1352,1568,1682,1922,2048,2312,2450,2738,2888,3200,3362,3698,3872,4232,4418,4802,5000,5408,5618,6050,6272,6728,6962,7442,7688,8192,8450,8978,9248,9800,10082,10658,10952,11552,11858

#offset 1

sub $0,1
sub $0,-1
sub $3,1
sub $0,1
add $0,1
add $0,1
mul $0,3
mov $1,$0
lpb $1
  sub $1,1
  sub $1,1
  add $3,2
  sub $2,4
  trn $3,$2
lpe
mov $0,$3
mul $0,3
sub $0,-3
div $0,3
add $0,1
sub $0,31
add $0,32
