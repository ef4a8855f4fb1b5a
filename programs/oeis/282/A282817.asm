; A282817: Number of inequivalent ways to color the faces of a cube using at most n colors so that no color appears more than twice.
; Formula: a(n) = 3*truncate(((n-2)*gcd(0,n)+binomial(gcd(0,n),3))*binomial(gcd(0,n),3)/2)
; 0,0,0,6,72,375,1320,3675,8736,18522,36000,65340,112200,184041,290472,443625,658560,953700,1351296,1877922,2565000,3449355,4573800,5987751,7747872,9918750,12573600,15795000,19675656,24319197,29841000,36369045,44044800,53024136

gcd $1,$0
sub $0,2
mul $0,$1
bin $1,3
add $0,$1
mul $0,$1
div $0,2
mul $0,3
