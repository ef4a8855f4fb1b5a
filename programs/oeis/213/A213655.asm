; A213655: Number of dominating subsets of the theta-graph TH(2,2,n) (n>=1). A tribonacci sequence with initial values 13, 23, and 41.
; 13,23,41,77,141,259,477,877,1613,2967,5457,10037,18461,33955,62453,114869,211277,388599,714745,1314621,2417965,4447331,8179917,15045213,27672461,50897591,93615265,172185317,316698173,582498755

#offset 1

sub $0,1
sub $0,3
sub $0,-1
sub $1,1
add $0,$0
add $0,1
add $0,2
add $0,3
lpb $0
  add $2,3
  add $2,2
  sub $0,1
  sub $0,1
  sub $2,2
  add $2,10
  sub $3,$2
  sub $3,$1
  sub $2,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
sub $0,-13
div $0,-3
mul $0,2
add $0,13
