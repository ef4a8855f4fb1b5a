; A213655: Number of dominating subsets of the theta-graph TH(2,2,n) (n>=1). A tribonacci sequence with initial values 13, 23, and 41.
; Formula: a(n) = 2*c(max(n-1,0))+13, b(n) = d(n-1), c(n) = c(n-1)+4+(b(n-1)+1)+d(n-1), d(n) = c(n-1)+4, b(0) = 0, c(0) = 0, d(0) = 0
; 13,23,41,77,141,259,477,877,1613,2967,5457,10037,18461,33955,62453,114869,211277,388599,714745,1314621,2417965,4447331,8179917,15045213,27672461,50897591,93615265,172185317,316698173,582498755

#offset 1

sub $0,1
lpb $0
  add $1,1
  add $3,4
  sub $0,1
  mov $2,$3
  add $3,$1
  mov $1,$4
  add $3,$4
  mov $4,$2
lpe
mov $0,$3
mul $0,2
add $0,13
