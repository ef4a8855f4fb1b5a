; A092707: Ooguri-Vafa invariants of disk degeneracies for brane III in the O(K) -> P^1 x P^1 geometry.
; Formula: a(n) = truncate(lodafac(n-2,7)*(n+1)/2016)
; 0,0,0,10,100,540,2100,6600,17820

sub $0,2
mov $1,$0
add $1,3
fac $0,7
mul $0,$1
div $0,2016
