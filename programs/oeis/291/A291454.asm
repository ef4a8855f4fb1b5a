; A291454: Number of half tones between successive pitches in a major scale.
; Formula: a(n) = gcd(floor(binomial(3*n+3,2)%7/3),2)
; 2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1

#offset 1

mul $0,3
add $0,3
bin $0,2
mod $0,7
div $0,3
gcd $0,2
