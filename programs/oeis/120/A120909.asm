; A120909: Triangle read by rows: T(n,k) is the number of ternary words of length n having k runs (i.e., subwords of maximal length) of identical letters (1 <= k <= n).
; Formula: a(n) = 3*A013609(n-1)
; 3,3,6,3,12,12,3,18,36,24,3,24,72,96,48,3,30,120,240,240,96,3,36,180,480,720,576,192,3,42,252,840,1680,2016,1344,384,3,48,336,1344,3360,5376,5376,3072,768,3,54,432,2016,6048,12096,16128,13824,6912,1536,3,60

#offset 1

sub $0,1
seq $0,13609
mul $0,3
