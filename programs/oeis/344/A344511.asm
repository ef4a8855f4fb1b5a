; A344511: a(n) = Sum_{k >= 0} sign(d_k) * 2^k for any number n with decimal expansion Sum_{k >= 0} d_k * 10^k.
; Formula: a(n) = lodabin(n-10*floor(n/10),lodabin(0,n-10*floor(n/10)))+b(floor(n/10)), b(n) = 2, b(0) = 0
; 0,1,1,1,1,1,1,1,1,1,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3,2,3,3,3,3,3,3,3,3,3

lpb $0
  mov $1,2
  sub $0,10
lpe
bin $2,$0
bin $0,$2
add $0,$1
