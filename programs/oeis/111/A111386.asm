; A111386: a(1) = 1, a(2) = 3; for n >= 3, take a(n) to be the smallest odd number not occurring earlier such that a(n-1) divides the concatenation a(n-2)a(n).
; Formula: a(n) = gcd(n%2,3)*lodapow(5,truncate((n-1)/2))
; 1,3,5,15,25,75,125,375,625,1875,3125,9375,15625,46875,78125,234375,390625,1171875,1953125,5859375,9765625,29296875,48828125,146484375,244140625,732421875,1220703125,3662109375,6103515625,18310546875,30517578125

#offset 1

mov $1,$0
sub $1,1
div $1,2
mov $2,5
pow $2,$1
mod $0,2
gcd $0,3
mul $0,$2
