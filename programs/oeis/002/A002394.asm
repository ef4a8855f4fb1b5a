; A002394: Weight distribution of [ 7,4,3 ] Hamming code.
; Formula: a(n) = gcd(floor((n+1)/2)+14,8)-1
; 1,0,0,7,7,0,0,1

add $0,1
div $0,2
add $0,14
gcd $0,8
sub $0,1
