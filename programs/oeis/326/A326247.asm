; A326247: Number of labeled n-vertex 2-edge multigraphs that are neither crossing nor nesting.
; Formula: a(n) = truncate((3*n+gcd(0,n)-6+binomial(gcd(0,n),2))*binomial(gcd(0,n),2)/3)
; 0,0,1,9,32,80,165,301,504,792,1185,1705,2376,3224,4277,5565,7120,8976,11169,13737,16720,20160,24101,28589,33672,39400,45825,53001,60984,69832,79605,90365,102176,115104,129217,144585,161280,179376,198949,220077,242840

gcd $1,$0
mul $0,3
add $0,$1
bin $1,2
sub $0,6
add $0,$1
mul $0,$1
div $0,3
