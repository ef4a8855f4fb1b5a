; A134591: a(n) is n reflected in n-th prime: distance between a(n) and prime(n) equals distance between prime(n) and n.
; Formula: a(n) = 2*b(n)-gcd(0,n), b(n) = A151800(b(n-1)), b(0) = 0
; 3,4,7,10,17,20,27,30,37,48,51,62,69,72,79,90,101,104,115,122,125,136,143,154,169,176,179,186,189,196,223,230,241,244,263,266,277,288,295,306,317,320,339,342,349,352,375,398,405,408,415,426,429,448,459,470

#offset 1

gcd $1,$0
lpb $0
  seq $2,151800
  sub $0,1
lpe
mov $0,$2
mul $0,2
sub $0,$1
